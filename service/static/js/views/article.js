// Article page: metadata, the entities it mentions and every fact read from it.

import { getEntity } from "../api.js";
import { chips, entityLink, evidenceBlock, formatDate, h, pageHeader, section, termsOf } from "../dom.js";

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
      entityLink(f.subject), " – ", f.label, f.object ? [" – ", entityLink(f.object)] : null,
      f.time ? h("span", { class: "time" }, f.time) : null),
    evidenceBlock(f.evidence, termsOf(f.subject), f.object ? termsOf(f.object) : [])));
  container.append(
    pageHeader(a.title || a.id, "article",
      a.url ? h("a", { class: "button", href: a.url, rel: "noopener noreferrer", target: "_blank" },
        "Original öffnen") : null),
    meta ? h("p", { class: "muted" }, meta) : null,
    section("Erwähnt", chips(a.entities)),
    section("Fakten", facts.length ? h("ul", { class: "facts" }, facts) : null));
}
