// Topic page: who knows about a topic, ranked by the evidence that earned it.

import { expertise, itemsOf } from "../api.js";
import { entityLink, evidenceBlock, h, kindBadge, pageHeader, termsOf, topicLink } from "../dom.js";

const EVIDENCE_KINDS = { talk: "Vortrag", project: "Projekt", role: "Rolle", quote: "Zitat",
  affiliation: "Zugehörigkeit", name: "Name", context: "Projektinhalt", sentence: "Belegsatz",
  event: "Veranstaltung" };

const FILTERS = [["", "Alle"], ["person", "Personen"], ["organization", "Organisationen"]];

export async function render(container, { arg, query }) {
  const topic = arg || "";
  const kind = query.get("kind") || "";
  const base = `#/topic/${encodeURIComponent(topic)}`;
  container.append(pageHeader(`Thema: ${topic}`, "topic"),
    h("p", { class: "lead" }, "Wer kennt sich aus? Rangfolge nach Belegen (Vorträge, Projekte und was die Artikel "
      + "über sie sagen, Rollen, Zitate, Sätze rund um die Person); Wortformen und Komposita zählen mit."),
    h("nav", { class: "tabs", "aria-label": "Ergebnisse filtern" }, FILTERS.map(([key, label]) =>
      h("a", { href: key ? `${base}?kind=${key}` : base, "aria-current": key === kind ? "page" : null }, label))));
  const body = await expertise(topic, kind);
  const results = itemsOf(body);
  if (!results.length) {
    const close = body.suggestions || [];
    container.append(h("p", { role: "status" }, "Niemand gefunden.",
      close.length ? [" Meinten Sie: ", close.map((t, i) => [i ? ", " : "", topicLink(t)]), "?"] : null));
    return;
  }
  const top = Math.max(...results.map((r) => r.score || 0), 1e-9);
  const words = topic.split(/\s+/).filter((w) => w.length > 3);
  container.append(h("ol", { class: "ranking" }, results.map((r, i) => h("li", { class: "card rank" },
    h("div", { class: "rank-head" },
      h("span", { class: "rank-no" }, `${i + 1}.`), kindBadge(r.entity.kind), " ", entityLink(r.entity),
      h("meter", { min: 0, max: top, value: r.score, title: `Punkte ${r.score.toFixed(2)}`,
        "aria-label": `Punkte ${r.score.toFixed(2)}` }),
      h("span", { class: "muted score" }, r.score.toFixed(2))),
    h("ul", { class: "facts" }, (r.evidence || []).map((e) => h("li", { class: "fact" },
      h("p", { class: "fact-line" }, h("span", { class: "badge" }, EVIDENCE_KINDS[e.kind] || e.kind),
        e.kind === "sentence" ? null : ` ${e.label}`),
      evidenceBlock(e.evidence, termsOf(r.entity), [e.label, ...words]))))))));
}
