import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureFromQuery } from '../../shared/desktop-origin.js';
import { App } from './App.js';

configureFromQuery();
createRoot(document.querySelector('#app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
