import { mount, unmount } from 'svelte';
import App from '../../demo/frameworks/svelte/App.svelte';
import { describeCallDesk } from './call-desk-spec.js';

describeCallDesk('Svelte 5', (container) => {
  const app = mount(App, { target: container });
  return { unmount: () => unmount(app) };
});
