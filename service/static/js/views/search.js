// Full search results for a query: entities and evidence sentences, ranked by the API (BM25).

import { itemsOf, lookup, routeOf, search } from "../api.js";
import { chips, evidenceBlock, h, kindBadge, pageHeader, termsOf, topicLink } from "../dom.js";

/** The entities the query names (a surname, a name without umlauts, the start of a name), above the hits. */
function namedBlock(named) {
  if (!named || !(named.candidates || []).length) return null;
  const lead = named.entity ? "Gemeint:" : named.match === "similar" ? "Meinten Sie:" : "Passende Namen:";
  return h("div", { class: "card named", role: "status" }, h("p", {}, lead), chips(named.candidates));
}

export async function render(container, { query }) {
  const q = (query.get("q") || "").trim();
  container.append(pageHeader(q ? `Suche: „${q}“` : "Suche"));
  if (!q) {
    container.append(h("p", {}, "Bitte oben einen Suchbegriff eingeben."));
    return;
  }
  const [found, named] = await Promise.all([search(q), lookup(q).catch(() => null)]);
  const hits = itemsOf(found);
  container.append(namedBlock(named) || "",
    h("p", { class: "lead" }, "Als Thema: ", topicLink(q), " – wer kennt sich damit aus?"));
  if (!hits.length) {
    container.append(h("p", { role: "status" }, "Keine Treffer."));
    return;
  }
  container.append(h("p", { role: "status", class: "muted" }, `${hits.length} Treffer`),
    h("ol", { class: "results" }, hits.map((hit) => {
      const ref = hit.entity;
      const route = routeOf(ref);
      const title = hit.kind === "evidence"
        ? (ref ? h("a", { href: route }, ref.name) : "Beleg")
        : (route ? h("a", { href: route }, hit.label) : hit.label);
      const ev = hit.kind === "evidence" ? evidenceBlock([{ sentence: hit.label, article: hit.article }],
        termsOf(ref), q.split(/\s+/)) : null;
      return h("li", { class: "result" }, kindBadge(hit.kind), " ", title, ev);
    })));
}
