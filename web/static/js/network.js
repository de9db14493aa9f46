// Progressive enhancement of an entity page: a picture of the graph one hop around the entity,
// drawn by cytoscape (from npm, served from static/vendor/ when scripts/setup.sh installed it)
// from /api/neighbourhood. A click on a node opens its page (the facts tables below link to the
// same pages for keyboards). Without JavaScript, or without cytoscape, the page is unchanged.
"use strict";

(function () {
  const script = document.currentScript;
  const after = document.querySelector("dl.summary");
  if (!script || !after || typeof window.cytoscape !== "function") {
    return;
  }
  const api = script.dataset.api + "?" + new URLSearchParams({ iri: script.dataset.iri });

  const element = window.kgqaDom.element;

  function draw(section, data) {
    const canvas = element("div", "", { id: "network", class: "network", role: "img" });
    canvas.setAttribute("aria-label", "The graph around " + document.title.split(" · ")[0]);
    const note = data.truncated ? " (only the first " + (data.nodes.length - 1) + " neighbours)" : "";
    section.append(element("p", "Click a node to open its page" + note + ".", { class: "hint" }), canvas);
    const cy = window.cytoscape({
      container: canvas,
      elements: {
        nodes: data.nodes.map((n) => ({ data: n, classes: n.centre ? "centre" : "" })),
        edges: data.edges.map((e) => ({ data: e })),
      },
      style: [
        {
          selector: "node",
          style: {
            label: "data(label)",
            "font-size": 11,
            "text-wrap": "ellipsis",
            "text-max-width": 120,
            "background-color": "#0b57d0",
            width: 14,
            height: 14,
          },
        },
        { selector: "node.centre", style: { "background-color": "#b3261e", width: 22, height: 22 } },
        {
          selector: "edge",
          style: {
            label: "data(label)",
            "font-size": 8,
            color: "#555",
            width: 1,
            "line-color": "#999",
            "target-arrow-color": "#999",
            "target-arrow-shape": "triangle",
            "curve-style": "bezier",
          },
        },
      ],
      // the entity in the middle, its neighbours around it
      layout: {
        name: "concentric",
        concentric: (n) => (n.data("centre") ? 2 : 1),
        levelWidth: () => 1,
        minNodeSpacing: 40,
        animate: false,
      },
    });
    cy.on("tap", "node", function (event) {
      const target = event.target.data("href");
      if (target && !event.target.data("centre")) {
        location.assign(target);
      }
    });
    section.dataset.nodes = String(data.nodes.length);
  }

  async function load() {
    const section = element("section", "", { class: "neighbourhood", "aria-labelledby": "network-heading" });
    section.append(element("h2", "Graph around it", { id: "network-heading" }));
    after.after(section);
    try {
      const response = await fetch(api, { headers: { Accept: "application/json" } });
      if (!response.ok) {
        throw new Error(response.status + " " + (await response.text()));
      }
      draw(section, await response.json());
    } catch (error) {
      section.append(element("p", "The picture could not be drawn: " + error.message, { role: "alert" }));
    }
  }

  load();
})();
