// Full search results for a query: entities and evidence sentences, ranked by the API (BM25).

import { itemsOf, routeOf, search } from "../api.js";
import { evidenceBlock, h, kindBadge, pageHeader, termsOf, topicLink } from "../dom.js";

export async function render(container, { query }) {
  const q = (query.get("q") || "").trim();
  container.append(pageHeader(q ? `Suche: „${q}“` : "Suche"));
  if (!q) {
    container.append(h("p", {}, "Bitte oben einen Suchbegriff eingeben."));
    return;
  }
  const hits = itemsOf(await search(q));
  container.append(h("p", { class: "lead" }, "Als Thema: ", topicLink(q), " – wer kennt sich damit aus?"));
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
