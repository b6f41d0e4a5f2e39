// Entry point: hash routing (#/person/ID, #/network?focus=..., #/sparql ...) and the header search box.

import { attachCuration } from "./curation.js";
import { h, clear, errorBox, loading } from "./dom.js";
import { attachSuggest } from "./suggest.js";
import * as article from "./views/article.js";
import * as event from "./views/event.js";
import * as home from "./views/home.js";
import * as network from "./views/network.js";
import * as organization from "./views/organization.js";
import * as person from "./views/person.js";
import * as project from "./views/project.js";
import * as searchView from "./views/search.js";
import * as sparql from "./views/sparql.js";
import * as topic from "./views/topic.js";

const VIEWS = { "": home, search: searchView, person, organization, project, event, topic, article, network,
  sparql };

const main = document.getElementById("main");
let cleanup = null;
let generation = 0;

/** "#/person/abc?x=1" -> {name: "person", arg: "abc", query: URLSearchParams} */
export function parseHash(hash) {
  const raw = hash.replace(/^#\/?/, "");
  const [path, qs = ""] = raw.split("?");
  const [name = "", ...rest] = path.split("/");
  return { name, arg: rest.length ? decodeURIComponent(rest.join("/")) : null, query: new URLSearchParams(qs) };
}

/** Whether the reader put the focus somewhere else (outside the view being replaced) since `before`. */
function movedSince(before) {
  const now = document.activeElement;
  return now !== before && now !== null && now !== document.body && !main.contains(now);
}

async function route() {
  const { name, arg, query } = parseHash(window.location.hash);
  const view = VIEWS[name];
  const mine = ++generation;
  const focused = document.activeElement;  // where the reader was when the navigation began
  if (cleanup) { try { cleanup(); } catch { /* view already gone */ } cleanup = null; }
  clear(main).append(loading());
  document.querySelectorAll(".site-header nav a").forEach((a) => {
    const target = parseHash(a.getAttribute("href")).name;
    if (a.getAttribute("href").startsWith("#")) a.toggleAttribute("aria-current", target === name);
  });
  if (!view) {
    clear(main).append(h("h1", { tabindex: "-1" }, "Seite nicht gefunden"), h("p", {}, h("a", { href: "#/" }, "Zur Übersicht")));
    return;
  }
  const container = h("div", { class: `view view-${name || "home"}` });
  try {
    const result = await view.render(container, { arg, query });
    if (mine !== generation) { if (typeof result === "function") result(); return; }
    cleanup = typeof result === "function" ? result : null;
    clear(main).append(container);
    const title = container.querySelector("h1");
    document.title = `${title ? title.textContent : "Wissensgraph"} – Wissensgraph`;
    // the new view's heading takes the focus (screen readers announce the page), unless the reader has
    // moved it meanwhile, e.g. started typing in the search box while the view was loading
    if (title && !movedSince(focused)) title.focus();
    if (view.mounted) view.mounted(container);
    attachCuration(container, { kind: name, arg }).catch((err) => console.warn("curation:", err));
  } catch (err) {
    if (mine !== generation) return;
    console.error(err);
    clear(main).append(h("h1", { tabindex: "-1" }, "Fehler"), errorBox(err));
  }
}

function initSearch() {
  const form = document.getElementById("site-search");
  const input = document.getElementById("q");
  form.addEventListener("submit", (e) => e.preventDefault());
  attachSuggest(input, {
    onPick: (option) => { input.value = ""; window.location.hash = option.route; },
    onSubmit: (text) => { window.location.hash = `#/search?q=${encodeURIComponent(text)}`; },
    label: "Suchvorschläge",
  });
}

window.addEventListener("hashchange", route);
initSearch();
route();
