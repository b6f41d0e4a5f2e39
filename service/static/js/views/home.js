// Overview: what the graph holds, with the first entries of each kind and entry points to the other views.

import { KINDS, itemsOf, listEntities, routeOf } from "../api.js";
import { h, pageHeader } from "../dom.js";

const LISTS = ["person", "organization", "project", "event"];

function summaryLine(kind, item) {
  if (kind === "person") return (item.roles || []).slice(0, 2).join("; ");
  if (kind === "organization") return item.parent ? `Teil von ${item.parent.name}` : "";
  if (kind === "project") return item.person_count ? `${item.person_count} Beteiligte` : "";
  if (kind === "event") return [item.location, item.speaker_count ? `${item.speaker_count} Redner:innen` : ""]
    .filter(Boolean).join(" · ");
  return "";
}

async function listCard(kind) {
  const spec = KINDS[kind];
  let body;
  let total = null;
  try {
    const page = await listEntities(kind, { page_size: 20 });
    const items = itemsOf(page);
    total = typeof page.total === "number" ? page.total : items.length;
    body = items.length
      ? h("ul", { class: "entity-list" }, items.map((item) => h("li", {},
        h("a", { href: routeOf({ kind, id: item.id }) }, item.name),
        summaryLine(kind, item) ? h("span", { class: "muted" }, ` – ${summaryLine(kind, item)}`) : null)))
      : h("p", { class: "muted" }, "Noch keine Einträge.");
  } catch (err) {
    body = h("p", { class: "muted" }, `Nicht verfügbar (${err.message}).`);
  }
  return h("section", { class: "card", "aria-label": spec.plural },
    h("h2", {}, spec.plural, total !== null ? h("span", { class: "count" }, ` (${total})`) : null), body);
}

export async function render(container) {
  const cards = await Promise.all(LISTS.map(listCard));
  container.append(
    pageHeader("Übersicht"),
    h("p", { class: "lead" },
      "Personen, Rollen, Organisationen, Projekte und Veranstaltungen aus Pressemitteilungen und Artikeln. ",
      "Oben suchen, ein ", h("a", { href: "#/network" }, "Netzwerk"), " erkunden oder ",
      h("a", { href: "#/sparql" }, "SPARQL-Abfragen"), " stellen."),
    h("div", { class: "grid" }, cards));
}
