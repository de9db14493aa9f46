// The one DOM helper the page scripts share (ask.js, network.js): an element whose text goes
// in as textContent, never as HTML, so no data from the graph can become markup.
"use strict";

window.kgqaDom = Object.freeze({
  element(tag, text, attributes) {
    const node = document.createElement(tag);
    if (text) {
      node.textContent = text;
    }
    for (const [name, value] of Object.entries(attributes || {})) {
      node.setAttribute(name, value);
    }
    return node;
  },
});
