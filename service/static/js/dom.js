// Small DOM helpers: element builder, entity links, evidence sentences with highlights. Never uses innerHTML
// for data, so text from articles cannot inject markup.

import { KINDS, articleRoute, routeOf } from "./api.js";

/** h("a", {href: "#"}, "text", child, [children]) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "style") el.style.cssText = value; // through CSSOM: the CSP blocks style attributes
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (value === true) el.setAttribute(key, "");
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

/** Appends children to `el`, skipping null/undefined/false (Node.append would print "null"). */
export function put(el, ...children) {
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function kindLabel(kind) {
  return (KINDS[kind] && KINDS[kind].label) || kind;
}

export function kindBadge(kind) {
  return h("span", { class: `badge kind-${kind}` }, kindLabel(kind));
}

/** Link to an entity's page (plain text if it has none). */
export function entityLink(ref, { badge = false } = {}) {
  if (!ref) return null;
  const route = routeOf(ref);
  const name = ref.name || ref.id;
  const label = route ? h("a", { href: route, class: "entity" }, name) : h("span", { class: "entity" }, name);
  return badge ? h("span", { class: "entity-ref" }, kindBadge(ref.kind), " ", label) : label;
}

export function topicLink(topic) {
  return h("a", { href: `#/topic/${encodeURIComponent(topic)}`, class: "topic" }, topic);
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Names to highlight for an entity: its name, aliases, and a person's surname. */
export function termsOf(ref, extra = []) {
  const terms = new Set(extra.filter(Boolean));
  if (ref) {
    if (ref.name) terms.add(ref.name);
    for (const alias of ref.aliases || []) terms.add(alias);
    if (ref.kind === "person" && ref.name && ref.name.includes(" ")) terms.add(ref.name.split(/\s+/).pop());
  }
  return [...terms].filter((t) => t && t.length > 1);
}

/**
 * The sentence as text nodes with <mark> around each occurrence of a term (longest match first): `terms`
 * name the entity the page is about, `others` the other end of the fact (marked in a second colour).
 */
export function highlighted(sentence, terms, others = []) {
  const primary = new Set(terms.map((t) => t.toLowerCase()));
  const list = [...new Set([...terms, ...others])].filter((t) => t && t.length > 1)
    .sort((a, b) => b.length - a.length).map(escapeRegExp);
  if (!list.length) return [document.createTextNode(sentence)];
  const re = new RegExp(`(${list.join("|")})`, "gi");
  return sentence.split(re).map((part, i) => {
    if (i % 2 === 0) return document.createTextNode(part);
    return primary.has(part.toLowerCase()) ? h("mark", {}, part) : h("mark", { class: "other" }, part);
  });
}

/** Evidence items: the sentence (highlighted), then the article link and confidence. */
export function evidenceBlock(evidence, terms, others = []) {
  if (!evidence || !evidence.length) return null;
  return h("div", { class: "evidence-list" }, evidence.map((ev) => {
    const art = ev.article;
    const source = [];
    if (art) {
      const title = art.title || art.id;
      source.push(h("a", { href: articleRoute(art), class: "article-link" }, title));
      if (art.published) source.push(" · ", formatDate(art.published));
      if (webUrl(art.url)) {
        source.push(" · ", h("a", { href: webUrl(art.url), rel: "noopener noreferrer", target: "_blank",
          class: "external" }, "Original", h("span", { class: "sr-only" }, " (öffnet neues Fenster)")));
      }
    }
    if (typeof ev.confidence === "number") source.push(` · Konfidenz ${ev.confidence.toFixed(2)}`);
    return h("figure", { class: "evidence" },
      h("blockquote", { class: "sentence" }, highlighted(ev.sentence || "", terms, others)),
      source.length ? h("figcaption", {}, "Quelle: ", source) : null);
  }));
}

/** `url` if it is an http(s) address, else null: article URLs come from input data (no javascript: links). */
export function webUrl(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
}

export function formatDate(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : d.toLocaleDateString("de-DE");
}

export function section(title, content, { empty = "Keine Angaben.", id } = {}) {
  const body = content && (!Array.isArray(content) || content.length) ? content : h("p", { class: "muted" }, empty);
  return h("section", { class: "card", id, "aria-label": title }, h("h2", {}, title), body);
}

/** Sections with content, then one line naming the empty ones (instead of a row of empty boxes). */
export function sections(...specs) {
  const full = specs.filter(([, content]) => content);
  const empty = specs.filter(([, content]) => !content).map(([title]) => title);
  return [
    h("div", { class: "columns" }, full.map(([title, content]) => section(title, content))),
    empty.length ? h("p", { class: "muted empty-sections" }, `Ohne Angaben: ${empty.join(", ")}.`) : null,
  ];
}

export function loading(text = "Lädt …") {
  return h("p", { class: "loading", role: "status" }, text);
}

export function errorBox(err) {
  const text = err && err.status === 404 ? "Nicht gefunden." : `Fehler: ${err && err.message ? err.message : err}`;
  return h("p", { class: "error", role: "alert" }, text);
}

/** Page header: title (focus target after navigation), kind badge and actions. */
export function pageHeader(title, kind, ...actions) {
  return h("header", { class: "page-header" },
    kind ? kindBadge(kind) : null,
    h("h1", { tabindex: "-1" }, title),
    actions.length ? h("div", { class: "actions" }, actions) : null);
}

export function chips(refs) {
  if (!refs || !refs.length) return null;
  return h("ul", { class: "chips" }, refs.map((r) => h("li", {}, entityLink(r, { badge: true }))));
}
