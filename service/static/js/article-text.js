// Article view: the article text with its persons, organizations, roles (and projects, events, places) marked,
// and the facts read from it beside it; picking a fact marks its evidence in the text and scrolls there.
// Built from text nodes only (no innerHTML): the article text cannot inject markup.

import { routeOf } from "./api.js";
import { h } from "./dom.js";
import { projectRelation } from "./labels.js";

export const MENTION_KINDS = {
  person: "Person",
  organization: "Organisation",
  role: "Rolle",
  project: "Projekt",
  event: "Veranstaltung",
  location: "Ort",
};

const FACT_GROUPS = [
  ["role", "Rollen"],
  ["affiliation", "Zugehörigkeiten"],
  ["talk", "Vorträge"],
  ["project", "Projekte"],
  ["quote", "Zitate"],
  ["part_of", "Teil von"],
];

/** The first evidence of `fact` that lies in article `articleId` and has offsets. */
export function evidenceIn(fact, articleId) {
  return (fact.evidence || []).find((ev) => typeof ev.start === "number" && typeof ev.end === "number"
    && (!ev.article || ev.article.id === articleId)) || null;
}

/**
 * The text cut into segments at every mention and evidence boundary. Offsets are code points (Python str
 * offsets), so the text is split into code points first: a character outside the BMP is one, not two.
 */
function segments(text, mentions, cuts) {
  const chars = Array.from(text);
  const bounds = new Set([0, chars.length]);
  for (const m of mentions) { bounds.add(m.start); bounds.add(m.end); }
  for (const c of cuts) if (c >= 0 && c <= chars.length) bounds.add(c);
  const sorted = [...bounds].sort((a, b) => a - b);
  const out = [];
  let k = 0; // mentions are sorted and do not overlap
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    while (k < mentions.length && mentions[k].end <= start) k++;
    const m = k < mentions.length && mentions[k].start <= start && end <= mentions[k].end ? mentions[k] : null;
    out.push({ start, end, text: chars.slice(start, end).join(""), mention: m });
  }
  return out;
}

function segmentNode(seg) {
  const m = seg.mention;
  if (!m) return h("span", { class: "seg" }, seg.text);
  const kind = MENTION_KINDS[m.kind] ? m.kind : "other";
  const title = `${MENTION_KINDS[kind] || "Erwähnung"}: ${m.label}`;
  const route = m.entity ? routeOf(m.entity) : null;
  return route
    ? h("a", { class: `seg mention m-${kind}`, href: route, title }, seg.text)
    : h("mark", { class: `seg mention m-${kind}`, title }, seg.text);
}

/** Legend of the mention kinds present in the text. */
function legend(mentions) {
  const kinds = Object.keys(MENTION_KINDS).filter((k) => mentions.some((m) => m.kind === k));
  if (!kinds.length) return null;
  return h("ul", { class: "mention-legend", "aria-label": "Legende" },
    kinds.map((k) => h("li", {}, h("span", { class: `mention m-${k}` }, MENTION_KINDS[k]))),
    h("li", {}, h("span", { class: "seg evidence-active" }, "markierter Beleg")));
}

/** The article text as a figure with a legend; `highlight(start, end)` marks a span and scrolls to it. */
export function articleText(a) {
  const mentions = a.mentions || [];
  const cuts = (a.facts || []).flatMap((f) => {
    const ev = evidenceIn(f, a.id);
    return ev ? [ev.start, ev.end] : [];
  });
  const segs = segments(a.text, mentions, cuts);
  const nodes = segs.map(segmentNode);
  const body = h("div", { class: "article-text", id: "article-text", tabindex: "-1" }, nodes);
  const shown = Array.from(a.text).length;
  const note = a.text_truncated
    ? h("p", { class: "muted text-note" },
      `Gekürzt: gezeigt werden die ersten ${shown.toLocaleString("de-DE")} von `
      + `${a.text_length.toLocaleString("de-DE")} Zeichen.`)
    : null;
  let active = [];
  function highlight(start, end) {
    active.forEach((n) => n.classList.remove("evidence-active"));
    active = nodes.filter((_, i) => segs[i].start >= start && segs[i].end <= end && segs[i].end > segs[i].start);
    active.forEach((n) => n.classList.add("evidence-active"));
    if (active.length) active[0].scrollIntoView({ block: "center", behavior: "smooth" });
    return active.length > 0;
  }
  return { node: [legend(mentions), body, note], highlight, shown };
}

function factText(f) {
  const parts = [f.subject ? f.subject.name : ""];
  if (f.kind === "quote") parts.push(`„${f.label}“`);
  else if (f.kind === "project") parts.push(projectRelation(f.label));
  else parts.push(f.label);
  if (f.object) parts.push(f.object.name);
  return parts.filter(Boolean).join(" – ");
}

/**
 * The facts of the article, grouped by kind; each one a button that marks its evidence with `pick(fact)`.
 * `pick` answers whether the evidence could be shown (else the item says why).
 */
export function factList(a, pick) {
  const status = h("p", { class: "muted fact-status", role: "status" });
  let pressed = null;
  const groups = FACT_GROUPS.map(([kind, title]) => {
    const facts = (a.facts || []).filter((f) => f.kind === kind);
    if (!facts.length) return null;
    return h("section", { class: "fact-group", "aria-label": title }, h("h3", {}, title),
      h("ul", { class: "facts article-facts" }, facts.map((f) => {
        const ev = evidenceIn(f, a.id);
        const button = h("button", { type: "button", class: "fact-pick", "aria-pressed": "false",
          disabled: ev ? null : true }, factText(f), f.time ? h("span", { class: "time" }, f.time) : null);
        button.addEventListener("click", () => {
          if (pressed) pressed.setAttribute("aria-pressed", "false");
          pressed = button;
          button.setAttribute("aria-pressed", "true");
          status.textContent = pick(ev)
            ? `Beleg markiert: „${ev.sentence}“`
            : "Der Beleg liegt außerhalb des gezeigten Textes.";
        });
        return h("li", { class: "fact" }, button);
      })));
  }).filter(Boolean);
  return groups.length ? [status, ...groups] : null;
}
