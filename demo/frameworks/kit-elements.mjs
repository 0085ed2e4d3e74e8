// Which tags are the kit's custom elements: template compilers that resolve tags to components
// (Vue) must leave these to the browser. Shared by the Vite plugins and the test plugins.

/** @param {string} tag */
export const isKitElement = (tag) => tag.startsWith('wwe-');
