// Overview: what the graph holds, with the first entries of each kind and entry points to the other views.

import { KINDS, itemsOf, listEntities, routeOf } from "../api.js";
import { h, pageHeader, put } from "../dom.js";

const LISTS = ["person", "organization", "project", "event"];
const PAGE_SIZE = 15;

function summaryLine(kind, item) {
  if (kind === "person") return (item.roles || []).slice(0, 2).join("; ");
  if (kind === "organization") return item.parent ? `Teil von ${item.parent.name}` : "";
  if (kind === "project") return item.person_count ? `${item.person_count} Beteiligte` : "";
  if (kind === "event") return [item.location, item.speaker_count ? `${item.speaker_count} Redner:innen` : ""]
    .filter(Boolean).join(" · ");
  return "";
}

function entry(kind, item) {
  const line = summaryLine(kind, item);
  return h("li", {}, h("a", { href: routeOf({ kind, id: item.id }) }, item.name),
    line ? h("span", { class: "muted" }, ` – ${line}`) : null);
}

/** One kind's first page, with a button that loads the next one. */
async function listCard(kind) {
  const spec = KINDS[kind];
  let page = 1;
  let body;
  let total = null;
  try {
    const first = await listEntities(kind, { page_size: PAGE_SIZE, page });
    const items = itemsOf(first);
    total = typeof first.total === "number" ? first.total : items.length;
    if (!items.length) {
      body = h("p", { class: "muted" }, "Noch keine Einträge.");
    } else {
      const list = h("ul", { class: "entity-list" }, items.map((item) => entry(kind, item)));
      const more = h("button", { type: "button", class: "more", onclick: async () => {
        more.disabled = true;
        const next = itemsOf(await listEntities(kind, { page_size: PAGE_SIZE, page: ++page }));
        list.append(...next.map((item) => entry(kind, item)));
        more.disabled = false;
        more.hidden = list.children.length >= total || !next.length;
        if (next.length) list.children[list.children.length - next.length].querySelector("a").focus();
      } }, `Weitere ${spec.plural}`);
      more.hidden = items.length >= total;
      body = [list, more];
    }
  } catch (err) {
    body = h("p", { class: "muted" }, `Nicht verfügbar (${err.message}).`);
  }
  return h("section", { class: "card", "aria-label": spec.plural },
    h("h2", {}, spec.plural, total !== null ? h("span", { class: "count" }, ` (${total})`) : null), body);
}

export async function render(container) {
  const cards = await Promise.all(LISTS.map(listCard));
  put(container,
    pageHeader("Übersicht"),
    h("p", { class: "lead" },
      "Personen, Rollen, Organisationen, Projekte und Veranstaltungen aus Pressemitteilungen und Artikeln. ",
      "Oben suchen, ein ", h("a", { href: "#/network" }, "Netzwerk"), " erkunden oder ",
      h("a", { href: "#/sparql" }, "SPARQL-Abfragen"), " stellen."),
    h("div", { class: "grid" }, cards));
}
