// The spkg query editor: runs the query against the endpoint and shows the answer as a table.
// Everything that comes from the server (results, examples, error messages) reaches the page as
// text nodes or attribute values set through the DOM, never as HTML.
"use strict";

(() => {
  const ENDPOINT = "../spkg/sparql";
  const EXAMPLES = "examples.json";
  const RESULTS_JSON = "application/sparql-results+json";
  const XSD = "http://www.w3.org/2001/XMLSchema#";
  // Types a reader knows from the value itself; other datatypes (dates by precision) are shown.
  const PLAIN_TYPES = new Set(["string", "integer", "decimal", "double", "boolean"].map((t) => XSD + t));

  const $ = (id) => document.getElementById(id);
  const form = $("query-form");
  const editor = $("query");
  const runButton = $("run");
  const cancelButton = $("cancel");
  const format = $("format");
  const status = $("status");
  const results = $("results");
  // The base of the IRIs this server answers for, and, when the page is served from elsewhere,
  // the server's root relative to the page: entity IRIs then link to their pages here.
  const PUBLIC_BASE = results.dataset.publicBase || "";
  const LOCAL_BASE = results.dataset.localBase || "";
  const LOCAL_PATHS = ["id/", "ontology"];

  let examples = new Map();
  let knownPrefixes = [];
  let newQuery = null;
  let current = null; // the running request's AbortController
  let downloadName = nameFromLocation();

  /** An element with attributes and children; strings become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      node.setAttribute(name, value);
    }
    for (const child of children) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function nameFromLocation() {
    const id = new URLSearchParams(location.search).get("example");
    return id ? baseName(id) : "results";
  }

  function baseName(id) {
    return id.replace(/^.*\//, "").replace(/\.rq$/, "") || "results";
  }

  function setStatus(text, failed) {
    status.textContent = text;
    status.classList.toggle("failed", Boolean(failed));
  }

  // ---- prefixes: IRIs are shown as prefix:local when a prefix covers them ----

  function prefixesOf(query) {
    const found = [];
    const pattern = /^\s*PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>\s]*)>/gim;
    let m;
    while ((m = pattern.exec(query)) !== null) {
      found.push({ prefix: m[1] || "", namespace: m[2] });
    }
    return found;
  }

  function shortener(query) {
    const all = prefixesOf(query).concat(knownPrefixes);
    all.sort((a, b) => b.namespace.length - a.namespace.length);
    return (iri) => {
      for (const p of all) {
        if (p.namespace && iri.startsWith(p.namespace)) {
          const local = iri.slice(p.namespace.length);
          if (/^([A-Za-z0-9_]([\w.-]*[\w-])?)?$/.test(local)) {
            return p.prefix + ":" + local;
          }
        }
      }
      return null;
    };
  }

  // ---- rendering ----

  function isWebLink(iri) {
    try {
      const url = new URL(iri);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch (e) {
      return false;
    }
  }

  /** The page of a public IRI on this server, when the page is not served at the public base. */
  function localHref(iri) {
    if (!LOCAL_BASE || !PUBLIC_BASE || !iri.startsWith(PUBLIC_BASE)) {
      return null;
    }
    const path = iri.slice(PUBLIC_BASE.length);
    if (!LOCAL_PATHS.some((p) => path.startsWith(p))) {
      return null;
    }
    return new URL(LOCAL_BASE + path, document.baseURI).href;
  }

  function iriNode(iri, shorten) {
    const short = shorten(iri);
    const text = short || "<" + iri + ">";
    if (!isWebLink(iri)) {
      return el("span", { class: "iri", title: iri }, text);
    }
    const local = localHref(iri);
    if (local) {
      return el("a", { class: "iri", href: local, title: iri }, text);
    }
    return el("a", { class: "iri", href: iri, title: iri, target: "_blank", rel: "noopener noreferrer" }, text);
  }

  function termNode(term, shorten) {
    if (term === undefined) {
      return el("span", { class: "unbound", title: "unbound" }, "—");
    }
    switch (term.type) {
      case "uri":
        return iriNode(term.value, shorten);
      case "bnode":
        return el("span", { class: "bnode" }, "_:" + term.value);
      case "literal":
      case "typed-literal": {
        const span = el("span", term.datatype ? { class: "literal", title: term.datatype } : { class: "literal" },
          term.value);
        if (term["xml:lang"]) {
          span.append(el("span", { class: "lang" }, "@" + term["xml:lang"]));
        } else if (term.datatype && !PLAIN_TYPES.has(term.datatype)) {
          span.append(el("span", { class: "datatype", title: term.datatype },
            shorten(term.datatype) || "<" + term.datatype + ">"));
        }
        return span;
      }
      case "triple": {
        const t = term.value || {};
        return el("span", { class: "triple" }, "<< ", termNode(t.subject, shorten), " ",
          termNode(t.predicate, shorten), " ", termNode(t.object, shorten), " >>");
      }
      default:
        return el("span", {}, JSON.stringify(term));
    }
  }

  function renderTable(json, shorten) {
    const vars = (json.head && json.head.vars) || [];
    const rows = (json.results && json.results.bindings) || [];
    if (rows.length === 0) {
      results.replaceChildren(el("p", { class: "empty" }, "No rows."));
      return 0;
    }
    const headRow = el("tr", {}, el("th", { class: "row-number", scope: "col" }, "#"));
    for (const v of vars) {
      headRow.append(el("th", { scope: "col" }, "?" + v));
    }
    const body = document.createDocumentFragment();
    rows.forEach((binding, i) => {
      const tr = el("tr", {}, el("td", { class: "row-number" }, String(i + 1)));
      for (const v of vars) {
        tr.append(el("td", {}, termNode(binding[v], shorten)));
      }
      body.append(tr);
    });
    const caption = el("caption", { class: "visually-hidden" }, "Query results, " + plural(rows.length, "row"));
    results.replaceChildren(el("table", {}, caption, el("thead", {}, headRow), el("tbody", {}, body)));
    return rows.length;
  }

  function renderError(title, text) {
    results.replaceChildren(el("div", { class: "error", role: "alert" }, el("h3", {}, title),
      el("pre", {}, text || "(no message)")));
  }

  function ms(t) {
    return Math.round(t) + " ms";
  }

  function plural(n, word) {
    return n.toLocaleString("en") + " " + word + (n === 1 ? "" : "s");
  }

  // ---- running ----

  function request(accept, signal) {
    return fetch(ENDPOINT, {
      method: "POST",
      headers: { "Accept": accept, "Content-Type": "application/x-www-form-urlencoded; charset=utf-8" },
      body: new URLSearchParams({ query: editor.value }),
      signal,
    });
  }

  function busy(on) {
    runButton.disabled = on;
    cancelButton.hidden = !on;
  }

  async function run() {
    if (!editor.value.trim()) {
      setStatus("Write a query first.", true);
      editor.focus();
      return;
    }
    if (current) {
      current.abort();
    }
    const controller = new AbortController();
    current = controller;
    busy(true);
    setStatus("Running…");
    const t0 = performance.now();
    try {
      const response = await request(RESULTS_JSON + ", text/turtle;q=0.9, */*;q=0.1", controller.signal);
      const type = (response.headers.get("Content-Type") || "").split(";")[0].trim();
      const body = await response.text();
      const tResponse = performance.now() - t0;
      if (!response.ok) {
        renderError(response.status + " " + (response.statusText || "error"), body);
        setStatus("The endpoint answered " + response.status + " after " + ms(tResponse) + ".", true);
        return;
      }
      const shorten = shortener(editor.value);
      let what;
      if (type === RESULTS_JSON || type === "application/json") {
        const json = JSON.parse(body);
        if (typeof json.boolean === "boolean") {
          results.replaceChildren(el("p", { class: "boolean" }, String(json.boolean)));
          what = "ASK: " + json.boolean;
        } else {
          const n = renderTable(json, shorten);
          what = plural(n, "row");
        }
      } else {
        results.replaceChildren(el("pre", { class: "graph" }, body));
        what = plural(body.split("\n").filter((l) => l.trim()).length, "line") + " of " + (type || "text");
      }
      const total = performance.now() - t0;
      setStatus(what + " in " + ms(total) + " (response " + ms(tResponse) + ", display " + ms(total - tResponse) + ").");
    } catch (e) {
      if (e.name === "AbortError") {
        setStatus("Cancelled.");
      } else {
        renderError("Cannot run the query", String(e.message || e));
        setStatus("No answer from the endpoint.", true);
      }
    } finally {
      if (current === controller) {
        current = null;
        busy(false);
      }
    }
  }

  async function download() {
    const option = format.selectedOptions[0];
    setStatus("Preparing the " + option.textContent + " download…");
    try {
      const response = await request(option.dataset.accept);
      if (!response.ok) {
        renderError(response.status + " " + (response.statusText || "error"), await response.text());
        setStatus("The endpoint answered " + response.status + "; nothing downloaded.", true);
        return;
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = el("a", { href: url, download: downloadName + "." + option.dataset.ext });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      setStatus("Downloaded " + downloadName + "." + option.dataset.ext + " (" + plural(blob.size, "byte") + ").");
    } catch (e) {
      setStatus("Download failed: " + (e.message || e), true);
    }
  }

  // ---- examples ----

  function showInfo(example) {
    $("example-info").hidden = !example;
    $("example-summary").textContent = example ? example.summary : "";
    $("example-description").textContent = example ? example.description : "";
    $("example-hint").textContent = example ? example.hint : "";
  }

  function markCurrent(id) {
    for (const a of document.querySelectorAll("a[data-example]")) {
      a.setAttribute("aria-current", String(a.dataset.example === id));
    }
  }

  function loadExample(id) {
    const example = examples.get(id);
    if (!example) {
      return false;
    }
    editor.value = example.query;
    showInfo(example);
    markCurrent(id);
    downloadName = baseName(id);
    history.replaceState(null, "", "?example=" + encodeURIComponent(id));
    results.replaceChildren();
    setStatus("Loaded " + example.file + ". Ctrl+Enter runs it.");
    return true;
  }

  function resetQuery() {
    if (newQuery === null) {
      location.href = location.pathname;
      return;
    }
    editor.value = newQuery;
    showInfo(null);
    markCurrent(null);
    downloadName = "results";
    history.replaceState(null, "", location.pathname);
    results.replaceChildren();
    setStatus("");
    editor.focus();
  }

  async function fetchExamples() {
    try {
      const response = await fetch(EXAMPLES, { headers: { Accept: "application/json" } });
      if (!response.ok) {
        setStatus("Cannot load the example queries: " + response.status + ".", true);
        return;
      }
      const json = await response.json();
      knownPrefixes = json.prefixes || [];
      newQuery = json.newQuery;
      examples = new Map((json.examples || []).map((e) => [e.id, e]));
    } catch (e) {
      setStatus("Cannot load the example queries: " + (e.message || e), true);
    }
  }

  // ---- wiring ----

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  cancelButton.addEventListener("click", () => current && current.abort());
  $("download").addEventListener("click", download);
  $("new-query").addEventListener("click", resetQuery);
  document.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-example]");
    if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey && loadExample(link.dataset.example)) {
      event.preventDefault();
      editor.focus();
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    } else if (event.key === "Escape" && current) {
      current.abort();
    }
  });

  const examplesLoaded = fetchExamples();
  if (location.hash === "#run") {
    examplesLoaded.then(run);
  }
})();
