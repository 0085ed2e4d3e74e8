import { mount } from 'svelte';
import { configureFromQuery } from '../../shared/desktop-origin.js';
import App from './App.svelte';

configureFromQuery();
mount(App, { target: document.querySelector('#app')! });
