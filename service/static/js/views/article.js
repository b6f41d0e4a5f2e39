// Article page: metadata, the entities it mentions and every fact read from it.

import { getEntity } from "../api.js";
import { projectRelation } from "../labels.js";
import { chips, entityLink, evidenceBlock, formatDate, h, pageHeader, put, sections, termsOf, webUrl } from "../dom.js";

const FACT_KINDS = { role: "Rolle", affiliation: "Zugehörigkeit", talk: "Vortrag", quote: "Zitat",
  project: "Projekt", part_of: "Teil von" };

export async function render(container, { arg }) {
  const a = await getEntity("article", arg);
  const meta = [
    a.published ? formatDate(a.published) : null,
    a.source ? `Quelle: ${a.source}` : null,
  ].filter(Boolean).join(" · ");
  const facts = (a.facts || []).map((f) => h("li", { class: "fact" },
    h("p", { class: "fact-line" }, h("span", { class: "badge" }, FACT_KINDS[f.kind] || f.kind), " ",
      entityLink(f.subject), " – ", f.kind === "project" ? projectRelation(f.label) : f.label, f.object ? [" – ", entityLink(f.object)] : null,
      f.time ? h("span", { class: "time" }, f.time) : null),
    evidenceBlock(f.evidence, termsOf(f.subject), f.object ? termsOf(f.object) : [])));
  put(container,
    pageHeader(a.title || a.id, "article",
      webUrl(a.url) ? h("a", { class: "button", href: webUrl(a.url), rel: "noopener noreferrer", target: "_blank" },
        "Original öffnen") : null),
    meta ? h("p", { class: "muted" }, meta) : null,
    sections(
      ["Erwähnt", chips(a.entities)],
      ["Fakten", facts.length ? h("ul", { class: "facts" }, facts) : null]));
}
