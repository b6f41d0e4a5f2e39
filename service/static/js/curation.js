// Curation on person and organization pages: "Zusammenführen mit …", "Trennen", "als falsch markieren" and
// "Rückgängig". The actions appear once a token is entered (kept in sessionStorage, sent as the bearer token
// the API's writes take); the decisions made about the entity are shown to everyone.

import { ApiError, getEntity, getJSON, itemsOf, lookup, routeOf } from "./api.js";
import { entityLink, h } from "./dom.js";

const TOKEN_KEY = "kg-curation-token";
const CURATOR_KEY = "kg-curation-curator";
const API_KINDS = { person: "person", organization: "organization" };

function token() {
  return window.sessionStorage.getItem(TOKEN_KEY) || "";
}

function curator() {
  return window.sessionStorage.getItem(CURATOR_KEY) || "Analyst";
}

function ensureStyles() {
  if (document.querySelector("link[data-curation]")) return;
  document.head.append(h("link", { rel: "stylesheet", href: "css/curation.css", "data-curation": "" }));
}

async function send(method, path, body) {
  const resp = await fetch(path, {
    method,
    headers: { Accept: "application/json", "Content-Type": "application/json", Authorization: `Bearer ${token()}` },
    body: body ? JSON.stringify(body) : undefined,
  });
  let data = null;
  try { data = await resp.json(); } catch { /* no JSON body */ }
  if (!resp.ok) {
    const detail = data && data.detail ? (typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail))
      : `${resp.status} ${resp.statusText}`;
    throw new ApiError(resp.status, detail);
  }
  return data;
}

function when(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString("de-DE", { dateStyle: "medium", timeStyle: "short" });
}

const VERBS = { merge: "zusammengeführt", split: "getrennt", wrong: "als falsch markiert" };

/** "zusammengeführt von X am …" (and "rückgängig gemacht von Y am …"). */
function decisionLine(d, onUndo) {
  const what = d.type === "merge" ? `Zusammenführung (Name: ${d.name || "–"})`
    : d.type === "split" ? `Trennung: ${d.label ? `„${d.label}“` : `${d.articles.length} Artikel`} als ${d.name || "eigene Einheit"}`
      : (d.title || "Fakt").replace(/^Falsch: /, "Fakt: ");
  const line = [h("strong", {}, what), ` – ${VERBS[d.type] || d.type} von ${d.curator} am ${when(d.time)}`];
  if (d.note) line.push(h("span", { class: "muted" }, ` („${d.note}“)`));
  if (d.result_ref && d.type !== "wrong") line.push(" → ", entityLink(d.result_ref));
  if (!d.active) line.push(h("span", { class: "muted" }, ` – rückgängig gemacht von ${d.undone_by} am ${when(d.undone_time)}`));
  else if (token() && onUndo) {
    line.push(" ", h("button", { type: "button", class: "link-button undo", onclick: () => onUndo(d) }, "Rückgängig"));
  }
  return h("li", { class: `decision decision-${d.type}${d.active ? "" : " undone"}`, dataset: { id: d.id } }, line);
}

function status() {
  return h("p", { class: "curation-status", role: "status" });
}

function tokenForm(rerender) {
  const tokenInput = h("input", { type: "password", id: "curation-token", autocomplete: "off" });
  const nameInput = h("input", { type: "text", id: "curation-curator", value: curator(), autocomplete: "name" });
  const form = h("form", { class: "curation-token" },
    h("p", { class: "muted" }, "Zusammenführen, Trennen und das Markieren falscher Fakten brauchen das API-Token."),
    h("label", { for: "curation-token" }, "API-Token "), tokenInput, " ",
    h("label", { for: "curation-curator" }, "Ihr Name "), nameInput, " ",
    h("button", { type: "submit" }, "Token verwenden"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (!tokenInput.value.trim()) return;
    window.sessionStorage.setItem(TOKEN_KEY, tokenInput.value.trim());
    window.sessionStorage.setItem(CURATOR_KEY, nameInput.value.trim() || "Analyst");
    rerender();
  });
  return form;
}

function reload(entityRoute) {
  if (entityRoute && window.location.hash !== entityRoute) window.location.hash = entityRoute;
  else window.dispatchEvent(new HashChangeEvent("hashchange"));
}

function mergeForm(me, say) {
  const input = h("input", { type: "text", id: "curation-merge", autocomplete: "off",
    placeholder: me.kind === "person" ? "Name einer Person" : "Name einer Organisation" });
  const choices = h("div", { class: "curation-choices" });
  const merge = async (other) => {
    say(`Führe „${other.name}“ mit „${me.name}“ zusammen …`);
    try {
      const d = await send("POST", "/curation/merge", { keep: me.iri, merge: other.iri, curator: curator() });
      say(`Zusammengeführt von ${d.curator}.`);
      reload(d.result_ref ? routeOf(d.result_ref) : null);
    } catch (err) { say(`Fehler: ${err.message}`, true); }
  };
  const form = h("form", { class: "curation-merge" },
    h("label", { for: "curation-merge" }, "Zusammenführen mit … "), input, " ",
    h("button", { type: "submit" }, "Suchen"), choices);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    choices.replaceChildren();
    if (!input.value.trim()) return;
    try {
      const found = await lookup(input.value.trim(), API_KINDS[me.kind]);
      const options = (found.entity ? [found.entity] : found.candidates || []).filter((c) => c.iri !== me.iri);
      if (!options.length) { say("Keine passende Einheit gefunden.", true); return; }
      choices.append(h("p", {}, "Zusammenführen mit:"), h("ul", { class: "curation-options" }, options.map((c) =>
        h("li", {}, h("button", { type: "button", class: "merge-pick", onclick: () => merge(c) },
          `„${c.name}“ zusammenführen`), " ", entityLink(c)))));
    } catch (err) { say(`Fehler: ${err.message}`, true); }
  });
  return form;
}

function splitForms(me, say) {
  const done = (d) => { say(`Getrennt von ${d.curator}: „${d.name}“.`); reload(null); };
  const names = me.aliases || [];
  const nameSelect = h("select", { id: "curation-split-label" }, names.map((n) => h("option", { value: n }, n)));
  const byName = h("form", { class: "curation-split" },
    h("label", { for: "curation-split-label" }, "Trennen: Name "), nameSelect, " ",
    h("button", { type: "submit" }, "Als eigene Einheit abtrennen"));
  byName.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      done(await send("POST", "/curation/split", { entity: me.iri, label: nameSelect.value, curator: curator() }));
    } catch (err) { say(`Fehler: ${err.message}`, true); }
  });
  const articles = me.articles || [];
  const articleSelect = h("select", { id: "curation-split-article" },
    articles.map((a) => h("option", { value: a.id }, a.title || a.id)));
  const byArticle = h("form", { class: "curation-split-article" },
    h("label", { for: "curation-split-article" }, "Trennen: Erwähnung in "), articleSelect, " ",
    h("button", { type: "submit" }, "Abtrennen"));
  byArticle.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      done(await send("POST", "/curation/split", { entity: me.iri, articles: [articleSelect.value], curator: curator() }));
    } catch (err) { say(`Fehler: ${err.message}`, true); }
  });
  return [names.length ? byName : null, articles.length > 1 ? byArticle : null];
}

function wrongButton(f, say) {
  return h("button", { type: "button", class: "link-button mark-wrong", title: f.text, onclick: async () => {
    try {
      const d = await send("POST", "/curation/wrong", { fact: f.iri, curator: curator() });
      say(`Als falsch markiert von ${d.curator}.`);
      reload(null);
    } catch (err) { say(`Fehler: ${err.message}`, true); }
  } }, "als falsch markieren");
}

// The page's sections that list facts of each kind (person and organization views).
const SECTIONS = { role: ["Rollen", "Mitglieder und Rollen"], affiliation: ["Zugehörigkeiten", "Mitglieder und Rollen"],
  talk: ["Vorträge"], project: ["Projekte"], quote: ["Zitate"] };

/** Puts "als falsch markieren" beside the evidence of each fact the page shows (matched by section and
 * sentence; a fact the page shows otherwise keeps its button in the list of the Kuration section). */
function markInline(container, facts, say) {
  const taken = new Set();
  for (const f of facts) {
    const sections = (SECTIONS[f.kind] || []).map((name) => container.querySelector(`section[aria-label="${name}"]`));
    for (const section of sections.filter(Boolean)) {
      const figure = [...section.querySelectorAll("figure.evidence")].find((fig) => !taken.has(fig)
        && fig.querySelector("blockquote.sentence")?.textContent === f.sentence);
      if (!figure) continue;
      taken.add(figure);
      const caption = figure.querySelector("figcaption") || figure.appendChild(h("figcaption", {}));
      caption.append(h("span", { class: "curation-inline" }, " · ", wrongButton(f, say)));
      break;
    }
  }
}

async function factList(container, me, say) {
  const body = await getJSON("/curation/facts", { entity: me.iri });
  if (!body.facts.length) return h("p", { class: "muted" }, "Keine Fakten.");
  markInline(container, body.facts, say);
  return h("ul", { class: "curation-facts" }, body.facts.map((f) => h("li", { class: "curation-fact", dataset: { fact: f.iri } },
    h("span", { class: "fact-text" }, f.text),
    f.sentence ? h("span", { class: "muted" }, ` – „${f.sentence}“`) : null, " ", wrongButton(f, say))));
}

/** Appends the "Kuration" section to a person or organization page (`container`, already rendered). */
export async function attachCuration(container, { kind, arg }) {
  if (!API_KINDS[kind]) return;
  ensureStyles();
  const section = h("section", { class: "card curation", "aria-label": "Kuration" }, h("h2", {}, "Kuration"));
  container.append(section);
  const render = async () => {
    container.querySelectorAll(".curation-inline").forEach((el) => el.remove());
    const note = status();
    const say = (text, error = false) => { note.textContent = text; note.classList.toggle("error", error); };
    let me;
    try {
      me = { kind, ...(await getEntity(kind, arg)) };
    } catch { return; } // the page itself shows the error
    const undo = async (d) => {
      try {
        const r = await send("DELETE", `/curation/${encodeURIComponent(d.id)}?curator=${encodeURIComponent(curator())}`);
        say(`Rückgängig gemacht von ${r.undone_by}.`);
        reload(null);
      } catch (err) { say(`Fehler: ${err.message}`, true); }
    };
    const decisions = itemsOf(await getJSON("/curation", { entity: me.iri, page_size: 50 }));
    const parts = [h("h2", {}, "Kuration"), note];
    parts.push(decisions.length
      ? h("ul", { class: "decisions" }, decisions.map((d) => decisionLine(d, undo)))
      : h("p", { class: "muted" }, "Noch keine Entscheidungen."));
    if (!token()) {
      parts.push(tokenForm(render));
    } else {
      parts.push(
        h("p", { class: "muted" }, `Angemeldet als ${curator()} `,
          h("button", { type: "button", class: "link-button", onclick: () => {
            window.sessionStorage.removeItem(TOKEN_KEY);
            render();
          } }, "Token vergessen")),
        mergeForm(me, say), ...splitForms(me, say),
        h("h3", {}, "Fakten prüfen"), await factList(container, me, say));
    }
    section.replaceChildren(...parts.filter(Boolean));
  };
  await render();
}
