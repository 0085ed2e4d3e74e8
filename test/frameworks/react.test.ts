import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../demo/frameworks/react/App.js';
import { describeCallDesk } from './call-desk-spec.js';

describeCallDesk('React 19', (container) => {
  const root = createRoot(container);
  root.render(createElement(App));
  return { unmount: () => root.unmount() };
});
