// Article page: metadata, the article text with its entities and roles marked, and every fact read from it
// beside the text (a fact picked marks its evidence in the text); without a stored text, the facts with their
// evidence sentences.

import { getEntity } from "../api.js";
import { articleText, factList } from "../article-text.js";
import { chips, entityLink, evidenceBlock, formatDate, h, pageHeader, put, section, sections, termsOf, webUrl }
  from "../dom.js";
import { projectRelation } from "../labels.js";
import { loadCss } from "../lazy.js";

const FACT_KINDS = { role: "Rolle", affiliation: "Zugehörigkeit", talk: "Vortrag", quote: "Zitat",
  project: "Projekt", part_of: "Teil von" };

/** The facts with their evidence sentences (for an article whose text the store does not hold). */
function factsWithEvidence(a) {
  const facts = (a.facts || []).map((f) => h("li", { class: "fact" },
    h("p", { class: "fact-line" }, h("span", { class: "badge" }, FACT_KINDS[f.kind] || f.kind), " ",
      entityLink(f.subject), " – ", f.kind === "project" ? projectRelation(f.label) : f.label,
      f.object ? [" – ", entityLink(f.object)] : null, f.time ? h("span", { class: "time" }, f.time) : null),
    evidenceBlock(f.evidence, termsOf(f.subject), f.object ? termsOf(f.object) : [])));
  return facts.length ? h("ul", { class: "facts" }, facts) : null;
}

export async function render(container, { arg }) {
  loadCss("css/article-view.css");
  const a = await getEntity("article", arg);
  const meta = [
    a.published ? `erschienen am ${formatDate(a.published)}` : "ohne Datum",
    a.source ? `Quelle: ${a.source}` : null,
  ].filter(Boolean).join(" · ");
  const header = [
    pageHeader(a.title || a.id, "article",
      webUrl(a.url) ? h("a", { class: "button", href: webUrl(a.url), rel: "noopener noreferrer", target: "_blank" },
        "Original öffnen") : null),
    h("p", { class: "muted article-meta" }, meta),
  ];
  if (typeof a.text !== "string") {
    put(container, header,
      h("p", { class: "muted" }, "Der Text dieses Artikels ist nicht gespeichert (vor dem Speichern der Texte "
        + "eingelesen); erneut einlesen, um ihn hier zu zeigen."),
      sections(["Erwähnt", chips(a.entities)], ["Fakten", factsWithEvidence(a)]));
    return;
  }
  const text = articleText(a);
  const facts = factList(a, (ev) => text.highlight(ev.start, ev.end));
  put(container, header,
    h("div", { class: "article-view" },
      section("Text", text.node, { id: "article-text-section" }),
      h("div", { class: "article-side" },
        section("Fakten", facts, { empty: "Keine Fakten aus diesem Artikel." }),
        section("Erwähnt", chips(a.entities), { empty: "Keine Einträge." }))));
}
