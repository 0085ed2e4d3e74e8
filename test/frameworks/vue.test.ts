import { createApp } from 'vue';
import App from '../../demo/frameworks/vue/App.vue';
import { describeCallDesk } from './call-desk-spec.js';

describeCallDesk('Vue 3', (container) => {
  const app = createApp(App);
  app.mount(container);
  return { unmount: () => app.unmount() };
});
