import { createApp } from 'vue';
import { configureFromQuery } from '../../shared/desktop-origin.js';
import App from './App.vue';

configureFromQuery();
createApp(App).mount('#app');
