// Progressive enhancement of the SPARQL editor at /editor: YASGUI (from npm, served from
// static/vendor/ when scripts/setup.sh installed it) takes the place of the plain form. It starts
// with the form's query (the project's prefixes declared), runs queries on /sparql with POST,
// and the example queries open in it. Without JavaScript, or without YASGUI, the form stays.
"use strict";

(function () {
  const form = document.getElementById("editor-form");
  const textarea = document.getElementById("query");
  if (!form || !textarea || typeof window.Yasgui !== "function") {
    return;
  }
  const endpoint = new URL(form.dataset.endpoint, location.href).href;
  const holder = document.createElement("div");
  holder.id = "yasgui";
  form.after(holder);

  const yasgui = new window.Yasgui(holder, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    endpointCatalogueOptions: { getData: () => [] },
    copyEndpointOnNewTab: true,
    persistenceId: null, // each visit starts from the page's query, nothing kept in localStorage
    populateFromUrl: false,
    autofocus: false,
    yasqe: {
      value: textarea.value,
      // the prefix and vocabulary autocompleters ask sites elsewhere: only variables here
      autocompleters: ["variables"],
      persistenceId: null,
    },
    yasr: { persistenceId: null },
  });

  function open(query, name) {
    const tab = yasgui.getTab();
    tab.setName(name);
    tab.setQuery(query);
    tab.query();
  }

  // The examples: links to /editor?query=...; with YASGUI they open (and run) in the editor.
  const examples = document.getElementById("examples");
  if (examples) {
    examples.addEventListener("click", function (event) {
      const link = event.target.closest("a[href]");
      const query = link && new URL(link.href).searchParams.get("query");
      if (query) {
        event.preventDefault();
        open(query, link.textContent.slice(0, 40));
        holder.scrollIntoView({ behavior: "smooth" });
      }
    });
  }

  form.hidden = true;
  const ran = [document.getElementById("server-results"), document.getElementById("server-error")];
  if (ran.some(Boolean)) {
    // the server already ran the query of the address: YASGUI shows its results (or error) instead
    ran.forEach((section) => section && (section.hidden = true));
    yasgui.getTab().query();
  }
  document.documentElement.classList.add("has-yasgui");
})();
