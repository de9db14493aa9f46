// Progressive enhancement of the question form at /: the answer is fetched from /api/ask and
// shown without a page reload, and names are suggested from /api/names while typing.
// Every piece of data goes into the page as text (textContent), never as HTML.
"use strict";

(function () {
  const form = document.getElementById("ask-form");
  const input = document.getElementById("q");
  const answer = document.getElementById("answer");
  const suggestions = document.getElementById("name-suggestions");
  if (!form || !input || !answer) {
    return;
  }
  const BASE = "https://w3id.org/diplomacy/";
  const NAME = "[A-Za-z0-9_-]{1,200}";
  const LOCAL = new RegExp(
    "^(?:(?:id|article|graph|statement)/" + NAME + "|evidence/" + NAME + "/" + NAME + "|ontology(?:#" + NAME + ")?)$"
  );

  // Where a link to `iri` goes: this service's page for it, the IRI itself, or nowhere.
  function hrefOf(iri) {
    if (typeof iri !== "string") {
      return null;
    }
    if (iri.startsWith(BASE) && LOCAL.test(iri.slice(BASE.length))) {
      return form.dataset.root + iri.slice(BASE.length);
    }
    return /^https?:\/\//i.test(iri) ? iri : null;
  }

  const element = window.kgqaDom.element;

  function linkOrText(text, iri) {
    const href = hrefOf(iri);
    return href ? element("a", text, { href: href, title: iri }) : document.createTextNode(text);
  }

  function quote(evidence) {
    const block = element("blockquote", "", { class: "evidence" });
    const sentence = String(evidence.sentence || "");
    const exact = String(evidence.quote || "");
    const at = exact ? sentence.indexOf(exact) : -1;
    if (at >= 0) {
      block.append(sentence.slice(0, at), element("mark", exact), sentence.slice(at + exact.length));
    } else {
      block.append(element("mark", exact));
    }
    const source = element("p", "Source: ", { class: "source" });
    source.append(linkOrText("the article", evidence.source));
    return [block, source];
  }

  function sparql(text) {
    const details = element("details", "", { class: "sparql" });
    const code = element("pre");
    code.append(element("code", text));
    const open = element("p");
    const url = form.dataset.editor + "?" + new URLSearchParams({ query: text });
    open.append(element("a", "open in the query editor", { href: url }));
    details.append(element("summary", "The SPARQL query behind this answer"), code, open);
    return details;
  }

  function render(data) {
    const parts = [element("h2", "Answer"), element("p", data.message || "", { class: "message" })];
    if (Array.isArray(data.answers) && data.answers.length) {
      const list = element("ul", "", { class: "answers" });
      for (const item of data.answers) {
        const entry = element("li");
        entry.append(linkOrText(String(item.label || ""), item.iri));
        list.append(entry);
      }
      parts.push(list);
    }
    if (Array.isArray(data.evidence) && data.evidence.length) {
      parts.push(element("h3", "Evidence"));
      for (const evidence of data.evidence) {
        parts.push(...quote(evidence));
      }
    }
    if (data.sparql) {
      parts.push(sparql(String(data.sparql)));
    }
    answer.replaceChildren(...parts);
  }

  async function ask(question) {
    answer.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(form.dataset.api + "?" + new URLSearchParams({ q: question }), {
        headers: { Accept: "application/json" },
      });
      if (!response.ok) {
        throw new Error(await response.text());
      }
      render(await response.json());
      document.title = question + " · Diplomacy knowledge graph";
    } catch (error) {
      answer.replaceChildren(element("p", "The question could not be answered: " + error.message, { role: "alert" }));
    } finally {
      answer.removeAttribute("aria-busy");
    }
  }

  form.addEventListener("submit", function (event) {
    const question = input.value.trim();
    if (!question) {
      return;
    }
    event.preventDefault();
    history.pushState({ q: question }, "", "?" + new URLSearchParams({ q: question }));
    ask(question);
  });

  window.addEventListener("popstate", function () {
    const question = new URLSearchParams(location.search).get("q");
    input.value = question || "";
    if (question) {
      ask(question);
    } else {
      answer.replaceChildren();
    }
  });

  // Name suggestions: the question so far with its last word completed by a name of the graph.
  let pending = null;
  async function suggest() {
    const text = input.value;
    const match = /(\S+)$/.exec(text);
    if (!suggestions || !match || match[1].length < 2) {
      return;
    }
    const head = text.slice(0, match.index);
    const url = form.dataset.names + "?" + new URLSearchParams({ prefix: match[1].slice(0, 100) });
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok || input.value !== text) {
      return;
    }
    const data = await response.json();
    const options = (data.names || []).map(function (name) {
      return element("option", "", { value: head + String(name.label) });
    });
    suggestions.replaceChildren(...options);
  }

  input.addEventListener("input", function () {
    clearTimeout(pending);
    pending = setTimeout(function () {
      suggest().catch(function () {});
    }, 150);
  });
})();
