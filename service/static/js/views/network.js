// Network view (Cytoscape.js): an entity's neighbourhood, expand on click, filter by relation type, and the
// path between two entities with its evidence. A node list beside the canvas makes it keyboard usable.

import { connections, itemsOf, listEntities, lookup, routeOf } from "../api.js";
import { clear, entityLink, errorBox, evidenceBlock, h, kindLabel, pageHeader, put, termsOf } from "../dom.js";
import { EDGE_TYPES, edgeLabel, edgeType, relationFrom } from "../labels.js";
import { loadScript } from "../lazy.js";
import { neighbourhood, nodeId } from "../neighbours.js";
import { attachSuggest } from "../suggest.js";

const COLORS = { person: "#1d4ed8", organization: "#b45309", project: "#047857", event: "#7e22ce",
  location: "#475569", article: "#334155" };
let current = null; // state of the network view on screen

const SHAPES = { person: "ellipse", organization: "round-rectangle", project: "diamond", event: "hexagon",
  location: "triangle", article: "rectangle" };

const STYLE = [
  { selector: "node", style: {
    label: "data(name)", "background-color": (n) => COLORS[n.data("kind")] || "#475569",
    shape: (n) => SHAPES[n.data("kind")] || "ellipse", width: 26, height: 26, color: "#111827",
    "font-size": 11, "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "wrap", "text-max-width": 130,
    "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": 1 } },
  { selector: "node.expanded", style: { "border-width": 3, "border-color": "#111827" } },
  { selector: "node.focus", style: { width: 36, height: 36, "font-weight": "bold" } },
  { selector: "node:selected", style: { "underlay-color": "#facc15", "underlay-opacity": 0.8, "underlay-padding": 7,
    "underlay-shape": "ellipse" } },
  { selector: "edge", style: { width: 1.5, "line-color": "#94a3b8", "target-arrow-color": "#94a3b8",
    "target-arrow-shape": "triangle", "curve-style": "bezier", "arrow-scale": 0.8 } },
  { selector: "edge.near", style: { label: "data(typeLabel)", "font-size": 9, color: "#374151",
    "text-rotation": "autorotate", "text-background-color": "#ffffff", "text-background-opacity": 0.9,
    "line-color": "#475569", "target-arrow-color": "#475569", width: 2 } },
  { selector: "edge.path", style: { width: 4, "line-color": "#dc2626", "target-arrow-color": "#dc2626",
    label: "data(typeLabel)", "font-size": 10, "text-rotation": "autorotate", color: "#7f1d1d",
    "text-background-color": "#ffffff", "text-background-opacity": 0.9 } },
  { selector: "node.path", style: { "border-width": 4, "border-color": "#dc2626" } },
  { selector: ".hidden", style: { display: "none" } },
];

function parseFocus(text) {
  if (!text || !text.includes(":")) return null;
  const i = text.indexOf(":");
  return { kind: text.slice(0, i), id: text.slice(i + 1) };
}

export async function render(container, { query }) {
  const focus = parseFocus(query.get("focus"));
  const state = { focus, cy: null, refs: new Map(), expanded: new Set(), first: null, ui: {} };
  const ui = state.ui;
  if (focus) state.first = await neighbourhood(focus);
  else ui.starts = await startSuggestions();
  const title = state.first ? `Netzwerk: ${state.first.center.name}` : "Netzwerk";

  ui.status = h("p", { class: "muted", role: "status", id: "net-status" });
  ui.canvas = h("div", { id: "cy", class: "cy", role: "img",
    "aria-label": "Netzwerkgrafik; dieselben Knoten stehen in der Liste „Knoten“." });
  ui.nodeList = h("ul", { class: "node-list", id: "node-list" });
  ui.selected = h("div", { class: "selected", "aria-live": "polite" },
    h("p", { class: "muted" }, "Knoten anklicken (oder in der Liste wählen), um seine Nachbarn zu laden; eine Kante anklicken zeigt ihren Beleg."));
  ui.filters = h("fieldset", { class: "filters" }, h("legend", {}, "Beziehungen anzeigen"),
    Object.entries(EDGE_TYPES).map(([key, label]) => h("label", {},
      h("input", { type: "checkbox", value: key, checked: true, onchange: () => applyFilters(state) }), ` ${label}`)));
  ui.pathResult = h("div", { class: "path-result", "aria-live": "polite" });

  const start = h("input", { type: "search", id: "net-start", placeholder: "Person, Organisation …" });
  const inputA = h("input", { type: "search", id: "path-a", placeholder: "Person, Organisation …",
    value: state.first ? state.first.center.name : "" });
  const inputB = h("input", { type: "search", id: "path-b", placeholder: "Person, Organisation …" });
  if (state.first) inputA.dataset.ref = JSON.stringify(state.first.center);

  const pathForm = h("form", { class: "path-form", onsubmit: (e) => { e.preventDefault(); showPath(state, inputA, inputB); } },
    h("h2", {}, "Wie sind A und B verbunden?"),
    h("div", { class: "field" }, h("label", { for: "path-a" }, "A"), inputA),
    h("div", { class: "field" }, h("label", { for: "path-b" }, "B"), inputB),
    h("button", { type: "submit" }, "Verbindung suchen"), ui.pathResult);

  put(container,
    pageHeader(title, null, state.first ? h("a", { class: "button", href: routeOf(state.first.center) }, "Seite öffnen") : null),
    h("div", { class: "network" },
      h("div", { class: "network-main" }, ui.canvas, ui.status, legend()),
      h("aside", { class: "network-side", "aria-label": "Steuerung" },
        h("div", { class: "field" }, h("label", { for: "net-start" }, "Ausgangspunkt"), start),
        ui.starts || null,
        ui.filters, ui.selected,
        h("details", { open: true }, h("summary", {}, "Knoten"), ui.nodeList),
        pathForm)));

  attachSuggest(start, { topics: false, label: "Ausgangspunkt wählen",
    onPick: (o) => { window.location.hash = `#/network?focus=${encodeURIComponent(nodeId(o.ref))}`; } });
  for (const input of [inputA, inputB]) {
    // Enter without a picked suggestion searches with the names as typed
    attachSuggest(input, { topics: false, label: "Entität wählen",
      onPick: (o) => { input.value = o.label; input.dataset.ref = JSON.stringify(o.ref); },
      onSubmit: () => showPath(state, inputA, inputB) });
    input.addEventListener("input", () => { delete input.dataset.ref; });
  }
  current = state;
  return () => { if (state.cy) state.cy.destroy(); window.kgNetwork = null; };
}

/** Without a focus: the events and organizations with the most people, as starting points. */
async function startSuggestions() {
  try {
    const [events, orgs] = await Promise.all([listEntities("event", { page_size: 100 }),
      listEntities("organization", { page_size: 100 })]);
    const top = [
      ...itemsOf(events).sort((a, b) => (b.speaker_count || 0) - (a.speaker_count || 0)).slice(0, 3)
        .map((e) => ({ kind: "event", ...e })),
      ...itemsOf(orgs).sort((a, b) => (b.member_count || 0) - (a.member_count || 0)).slice(0, 3)
        .map((o) => ({ kind: "organization", ...o })),
    ];
    if (!top.length) return null;
    return h("div", { class: "starts" }, h("p", { class: "muted" }, "Vorschläge:"),
      h("ul", { class: "chips" }, top.map((r) => h("li", {},
        h("a", { href: `#/network?focus=${encodeURIComponent(nodeId(r))}` }, r.name)))));
  } catch {
    return null;
  }
}

function legend() {
  return h("ul", { class: "legend", "aria-label": "Legende" }, Object.keys(COLORS).slice(0, 4).map((k) =>
    h("li", {}, h("span", { class: `swatch shape-${SHAPES[k]}`, style: `background:${COLORS[k]}` }), kindLabel(k))));
}

export async function mounted() {
  const state = current;
  await loadScript("vendor/cytoscape/cytoscape.min.js");
  if (state !== current || !state.ui.canvas.isConnected) return;  // the user has moved on
  state.cy = window.cytoscape({ container: state.ui.canvas, style: STYLE, minZoom: 0.2, maxZoom: 1.4 });
  window.kgNetwork = state.cy;
  state.cy.on("tap", "node", (evt) => select(state, evt.target.id(), true));
  state.cy.on("tap", "edge", (evt) => showEdge(state, evt.target));
  if (state.first) {
    const focusId = nodeId(state.first.center);
    state.expanded.add(focusId);  // its neighbourhood is already loaded
    addGraph(state, state.first);
    state.cy.getElementById(focusId).addClass("focus expanded");
    select(state, focusId, false);
  } else {
    state.ui.status.textContent = "Einen Ausgangspunkt wählen (Feld „Ausgangspunkt“ oder ein Vorschlag).";
  }
}

/** Adds nodes and edges; new nodes start on a circle around `anchor` so the layout only has to refine. */
function addGraph(state, { nodes, edges }, anchor = null) {
  const cy = state.cy;
  const added = [];
  const fresh = nodes.filter((n) => cy.getElementById(nodeId(n)).empty());
  const a = anchor && !cy.getElementById(anchor).empty() ? cy.getElementById(anchor).position() : null;
  fresh.forEach((n, i) => {
    const id = nodeId(n);
    const angle = (2 * Math.PI * i) / fresh.length;
    const position = a ? { x: a.x + 140 * Math.cos(angle), y: a.y + 140 * Math.sin(angle) } : undefined;
    added.push({ group: "nodes", data: { id, name: n.name || n.id, kind: n.kind }, position });
  });
  for (const n of nodes) if (!state.refs.has(nodeId(n))) state.refs.set(nodeId(n), n);
  for (const e of edges) {
    const type = edgeType(e.type);
    const label = edgeLabel(type, e.label);
    const id = `${type}|${nodeId(e.source)}|${nodeId(e.target)}|${label}`;
    if (cy.getElementById(id).empty()) {
      added.push({ group: "edges", data: { id, source: nodeId(e.source), target: nodeId(e.target), type,
        typeLabel: EDGE_TYPES[type], label, evidence: e.evidence } });
    }
  }
  const first = cy.nodes().empty();
  cy.add(added);
  applyFilters(state);
  cy.layout({ name: "cose", animate: false, fit: true, padding: 50, randomize: first && !a,
    nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 25000, idealEdgeLength: () => 80, nodeOverlap: 40, componentSpacing: 80 }).run();
  renderNodeList(state);
}

async function expand(state, id) {
  if (state.expanded.has(id)) return;
  const ref = state.refs.get(id);
  if (!ref || !routeOf(ref)) return;
  state.expanded.add(id);
  state.cy.getElementById(id).addClass("expanded");
  state.ui.status.textContent = `Lade Nachbarn von ${ref.name} …`;
  try {
    addGraph(state, await neighbourhood(ref), id);
  } catch (err) {
    state.expanded.delete(id);
    state.ui.status.textContent = `Fehler: ${err.message}`;
  }
}

async function select(state, id, doExpand) {
  const cy = state.cy;
  cy.elements().unselect();
  cy.edges().removeClass("near");
  cy.getElementById(id).select();
  const ref = state.refs.get(id);
  if (doExpand) await expand(state, id);
  const node = cy.getElementById(id);
  node.connectedEdges().addClass("near");
  const edges = node.connectedEdges().filter((e) => !e.hasClass("hidden"));
  put(clear(state.ui.selected),
    h("h2", {}, ref.name || ref.id),
    h("p", {}, h("span", { class: `badge kind-${ref.kind}` }, kindLabel(ref.kind)), " ",
      routeOf(ref) ? h("a", { href: routeOf(ref) }, "Seite öffnen") : null),
    edges.length ? h("ul", { class: "edge-list" }, edges.map((e) => {
      const atSource = e.source().id() === id;
      const other = atSource ? e.target() : e.source();
      return h("li", {}, h("span", { class: "relation" }, relationFrom(e.data("type"), atSource)), " ",
        other.data("name"), e.data("label") ? h("span", { class: "muted" }, ` (${e.data("label")})`) : null);
    })) : null);
}

/** A clicked edge: its two ends, relation and the sentences it was read from. */
function showEdge(state, edge) {
  const source = state.refs.get(edge.source().id());
  const target = state.refs.get(edge.target().id());
  const evidence = edge.data("evidence") || [];
  put(clear(state.ui.selected),
    h("h2", {}, edge.data("typeLabel")),
    h("p", {}, entityLink(source), " – ", entityLink(target), edge.data("label") ? ` (${edge.data("label")})` : null),
    evidence.length ? evidenceBlock(evidence, termsOf(source), termsOf(target))
      : h("p", { class: "muted" }, "Kein Belegsatz in dieser Ansicht; siehe die Seiten der beiden Enden."));
}

function renderNodeList(state) {
  const cy = state.cy;
  const nodes = cy.nodes().sort((a, b) => a.data("name").localeCompare(b.data("name"), "de"));
  clear(state.ui.nodeList).append(...nodes.map((n) => {
    const id = n.id();
    const done = state.expanded.has(id);
    return h("li", { class: n.hasClass("hidden") ? "hidden-node" : null, dataset: { node: id } },
      h("button", { type: "button", class: "link-button", "aria-pressed": String(done),
        title: done ? "Nachbarn geladen" : "Nachbarn laden", onclick: () => select(state, id, true) },
      h("span", { class: `dot kind-${n.data("kind")}`, "aria-hidden": "true" }), n.data("name"),
      done ? h("span", { class: "done", "aria-hidden": "true" }, " ✓") : null,
      h("span", { class: "sr-only" }, `, ${kindLabel(n.data("kind"))}${done ? ", Nachbarn geladen" : ""}`)));
  }));
  const visible = cy.nodes().filter((n) => !n.hasClass("hidden")).length;
  const edges = cy.edges().filter((e) => !e.hasClass("hidden")).length;
  state.ui.status.textContent = `${visible} Knoten, ${edges} Kante${edges === 1 ? "" : "n"}`
    + ` · ${state.expanded.size} erweitert`;
  state.ui.status.dataset.nodes = String(visible);
}

function applyFilters(state) {
  const cy = state.cy;
  if (!cy) return;
  const on = new Set([...state.ui.filters.querySelectorAll("input:checked")].map((i) => i.value));
  cy.edges().forEach((e) => e.toggleClass("hidden", !on.has(e.data("type"))));
  cy.nodes().forEach((n) => {
    const edges = n.connectedEdges();
    const keep = n.hasClass("focus") || n.hasClass("path") || edges.empty() || edges.some((e) => !e.hasClass("hidden"));
    n.toggleClass("hidden", !keep);
  });
  renderNodeList(state);
}

/** The path as steps between consecutive nodes, each with every edge (fact) that links the two. */
function pathSteps(path) {
  const steps = [];
  for (let i = 0; i + 1 < path.nodes.length; i++) {
    const ends = new Set([nodeId(path.nodes[i]), nodeId(path.nodes[i + 1])]);
    const edges = path.edges.filter((e) => ends.has(nodeId(e.source)) && ends.has(nodeId(e.target)));
    steps.push({ from: path.nodes[i], to: path.nodes[i + 1], edges });
  }
  return steps;
}

/** Removes the highlight of the last path (also when the next search finds none). */
function clearPath(state) {
  if (!state.cy) return;
  state.cy.elements().removeClass("path");
  applyFilters(state);
}

/**
 * The entity an input means: the suggestion picked, else what /lookup makes of the typed text (a surname,
 * a name without umlauts, a unique start). Resolves to {ref} or {choices, text} when the text is not certain.
 */
async function endOf(input) {
  if (input.dataset.ref) return { ref: JSON.parse(input.dataset.ref) };
  const text = input.value.trim();
  if (!text) return { choices: [], text };
  const found = await lookup(text);
  if (found.entity) {
    input.dataset.ref = JSON.stringify(found.entity);
    return { ref: found.entity };
  }
  return { choices: found.candidates || [], text, similar: found.match === "similar" };
}

/** "Meinten Sie …" for one side: a button per candidate that takes it and searches again. */
function choicesFor(label, end, input, retry) {
  if (!end.text) return h("p", { class: "error", role: "alert" }, `${label}: bitte einen Namen eingeben.`);
  if (!end.choices.length) return h("p", { class: "error", role: "alert" }, `${label}: „${end.text}“ nicht gefunden.`);
  const lead = end.similar ? `${label}: „${end.text}“ nicht gefunden. Meinten Sie` : `${label}: „${end.text}“ ist mehrdeutig. Meinten Sie`;
  return h("div", { class: "did-you-mean", role: "alert" }, h("p", {}, `${lead} …`),
    h("ul", { class: "chips" }, end.choices.map((ref) => h("li", {},
      h("button", { type: "button", class: "link-button", onclick: () => {
        input.value = ref.name;
        input.dataset.ref = JSON.stringify(ref);
        retry();
      } }, ref.name, h("span", { class: "muted" }, ` (${kindLabel(ref.kind)})`))))));
}

async function showPath(state, inputA, inputB) {
  const out = clear(state.ui.pathResult);
  clearPath(state);
  out.append(h("p", { class: "loading" }, "Suche Verbindung …"));
  let ends;
  try {
    ends = await Promise.all([endOf(inputA), endOf(inputB)]);
  } catch (err) {
    clear(out).append(errorBox(err));
    return;
  }
  const retry = () => showPath(state, inputA, inputB);
  if (!ends[0].ref || !ends[1].ref) {
    clear(out).append(...[["A", ends[0], inputA], ["B", ends[1], inputB]]
      .filter(([, end]) => !end.ref).map(([label, end, input]) => choicesFor(label, end, input, retry)));
    return;
  }
  const [a, b] = ends.map((end) => end.ref);
  let result;
  try {
    result = await connections(a, b);
  } catch (err) {
    clear(out).append(errorBox(err));
    return;
  }
  clear(out);
  const paths = result.paths || [];
  if (!paths.length) {
    out.append(h("p", { role: "status" }, `Keine Verbindung zwischen ${a.name} und ${b.name} gefunden.`));
    return;
  }
  const cy = state.cy;
  const path = paths[0];
  addGraph(state, { nodes: path.nodes, edges: path.edges.map((e) => ({ ...e, type: e.relation })) });
  for (const n of path.nodes) cy.getElementById(nodeId(n)).addClass("path");
  for (const e of path.edges) {
    cy.edges().filter((x) => {
      const ends = [x.source().id(), x.target().id()];
      return ends.includes(nodeId(e.source)) && ends.includes(nodeId(e.target));
    }).addClass("path");
  }
  applyFilters(state);
  put(out,
    h("p", { role: "status" }, `Kürzester Weg: ${path.length} Schritt${path.length === 1 ? "" : "e"}`
      + (paths.length > 1 ? ` (${paths.length} Wege gefunden)` : "")),
    h("ol", { class: "path-steps" }, pathSteps(path).map(({ from, to, edges }) => h("li", {},
      h("p", { class: "fact-line" }, entityLink(from), " – ", entityLink(to)),
      h("ul", { class: "facts" }, edges.map((e) => h("li", { class: "fact" },
        h("p", { class: "fact-line" }, h("span", { class: "badge" }, EDGE_TYPES[edgeType(e.relation)]),
          e.label && e.label !== EDGE_TYPES[edgeType(e.relation)] ? ` ${edgeLabel(edgeType(e.relation), e.label)}` : ""),
        evidenceBlock(e.evidence, termsOf(e.source), termsOf(e.target)))))))));
}
