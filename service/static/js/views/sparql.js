// SPARQL page: CodeMirror 5 editor with the SPARQL mode, example queries, results as a table.

import { refFromIri, routeOf, sparql } from "../api.js";
import { clear, errorBox, h, pageHeader, put } from "../dom.js";
import { loadCss, loadScript } from "../lazy.js";
import { EXAMPLES } from "../sparql-examples.js";

const SHORT = [
  ["https://kg.example.org/id/", "kgid:"], ["https://kg.example.org/ns#", "kg:"], ["https://schema.org/", "schema:"],
  ["http://www.w3.org/ns/org#", "org:"], ["http://www.w3.org/ns/prov#", "prov:"],
  ["http://www.w3.org/2000/01/rdf-schema#", "rdfs:"], ["http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf:"],
  ["http://www.w3.org/2004/02/skos/core#", "skos:"], ["http://www.w3.org/ns/oa#", "oa:"],
  ["http://www.w3.org/2001/XMLSchema#", "xsd:"],
];

let current = null;

function shorten(iri) {
  for (const [ns, prefix] of SHORT) if (iri.startsWith(ns)) return prefix + iri.slice(ns.length);
  return iri;
}

/** A result cell; an IRI shows the value of its `?xLabel` column (if the query has one) as link text. */
function cell(term, label) {
  if (!term) return h("td", { class: "muted" }, "");
  if (term.type === "uri") {
    const ref = refFromIri(term.value);
    const route = ref && routeOf(ref);
    const text = label ? label.value : shorten(term.value);
    return h("td", {}, route ? h("a", { href: route, title: term.value }, text)
      : h("span", { title: term.value }, text));
  }
  const lang = term["xml:lang"];
  return h("td", { lang: lang || null, title: term.datatype ? shorten(term.datatype) : null }, term.value);
}

function table(body) {
  if (typeof body.boolean === "boolean") return h("p", { class: "ask" }, body.boolean ? "Ja (true)" : "Nein (false)");
  const all = body.head.vars || [];
  // ?x with ?xLabel: one column, the label linked to the entity's page.
  const merged = new Set(all.filter((v) => v.endsWith("Label") && all.includes(v.slice(0, -5))));
  const vars = all.filter((v) => !merged.has(v));
  const rows = body.results.bindings;
  return h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": "Ergebnistabelle" },
    h("table", { class: "results-table" },
      h("thead", {}, h("tr", {}, vars.map((v) => h("th", { scope: "col" }, v)))),
      h("tbody", {}, rows.map((row) => h("tr", {}, vars.map((v) =>
        cell(row[v], merged.has(`${v}Label`) ? row[`${v}Label`] : null)))))));
}

export async function render(container, { query }) {
  const wanted = EXAMPLES.find((e) => e.id === query.get("example")) || EXAMPLES[0];
  const ui = {};
  ui.textarea = h("textarea", { id: "sparql-query", "aria-label": "SPARQL-Abfrage", spellcheck: "false" });
  ui.textarea.value = query.get("query") || wanted.query;
  ui.select = h("select", { id: "sparql-example", onchange: () => {
    const ex = EXAMPLES.find((e) => e.id === ui.select.value);
    if (ex) { setQuery(ex.query); run(); }
  } }, EXAMPLES.map((e) => h("option", { value: e.id, selected: e === wanted }, e.title)));
  ui.status = h("p", { class: "muted", role: "status", id: "sparql-status" });
  ui.results = h("div", { id: "sparql-results" });
  const run = () => runQuery(ui);
  const setQuery = (text) => { if (ui.editor) ui.editor.setValue(text); else ui.textarea.value = text; };
  put(container,
    pageHeader("SPARQL-Abfrage"),
    h("p", { class: "lead" }, "Lesender Zugriff auf den Graphen (SPARQL 1.1, Standardgraph = alle Artikel). ",
      "Ausführen mit Strg+Enter; Esc verlässt den Editor."),
    h("div", { class: "sparql-bar" },
      h("label", { for: "sparql-example" }, "Beispielabfrage "), ui.select,
      h("button", { type: "button", id: "sparql-run", onclick: run }, "Ausführen")),
    h("div", { class: "editor" }, ui.textarea),
    ui.status, ui.results);
  current = ui;
}

export async function mounted() {
  const ui = current;
  loadCss("vendor/codemirror/codemirror.css");
  await loadScript("vendor/codemirror/codemirror.js");
  await loadScript("vendor/codemirror/sparql.js");
  if (ui !== current || !ui.textarea.isConnected) return;
  ui.editor = window.CodeMirror.fromTextArea(ui.textarea, {
    mode: "application/sparql-query", lineNumbers: true, lineWrapping: true, indentUnit: 2, viewportMargin: Infinity,
    extraKeys: { "Ctrl-Enter": () => runQuery(ui), "Cmd-Enter": () => runQuery(ui), Esc: () => document.getElementById("sparql-run").focus() },
  });
  ui.editor.getInputField().setAttribute("aria-label", "SPARQL-Abfrage");
  runQuery(ui);
}

async function runQuery(ui) {
  const text = ui.editor ? ui.editor.getValue() : ui.textarea.value;
  ui.status.textContent = "Abfrage läuft …";
  clear(ui.results);
  const t0 = performance.now();
  try {
    const { body, truncated } = await sparql(text);
    const ms = Math.round(performance.now() - t0);
    const rows = body.results ? body.results.bindings.length : null;
    ui.status.textContent = rows === null ? `Antwort in ${ms} ms`
      : `${rows} Zeilen in ${ms} ms${truncated ? " (gekürzt)" : ""}`;
    ui.status.dataset.rows = String(rows ?? 0);
    const download = (fmt, label) => h("a", { href: `/sparql?${new URLSearchParams({ query: text, format: fmt })}`,
      download: `abfrage.${fmt}` }, label);
    put(ui.results, table(body),
      rows === 0 ? h("p", { class: "muted" }, "Keine Ergebnisse.") : null,
      rows ? h("p", { class: "downloads" }, "Herunterladen: ", download("csv", "CSV"), " · ", download("json", "JSON"))
        : null);
  } catch (err) {
    ui.status.textContent = "Fehler";
    ui.results.append(errorBox(err));
  }
}
