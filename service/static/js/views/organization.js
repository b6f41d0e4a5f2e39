// Organization page: hierarchy (parents and units as a tree), members with roles, projects, events.

import { getEntity, getJSON, itemsOf, listEntities, refFromIri, sparql } from "../api.js";
import { rangeForm, rangeOf, rangeParams } from "../dates.js";
import { moreButton } from "../more.js";
import { chips, entityLink, evidenceBlock, h, pageHeader, put, sections, termsOf } from "../dom.js";
import { articleList, articlesTitle, networkButton } from "./common.js";

/** A unit with a toggle button that loads and shows its own units (a link cannot sit inside <summary>). */
function unitNode(unit) {
  const children = h("ul", { class: "tree", hidden: true });
  let loaded = false;
  const toggle = h("button", { type: "button", class: "tree-toggle", "aria-expanded": "false",
    "aria-label": `Untereinheiten von ${unit.name}` }, "▸");
  toggle.addEventListener("click", async () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    toggle.textContent = open ? "▾" : "▸";
    children.hidden = !open;
    if (!open || loaded) return;
    loaded = true;
    children.append(h("li", { class: "muted" }, "Lädt …"));
    try {
      const org = await getEntity("organization", unit.id);
      children.replaceChildren(...(org.units || []).map((u) => h("li", {}, unitNode(u))));
      if (!children.children.length) children.append(h("li", { class: "muted" }, "Keine Untereinheiten."));
    } catch (err) {
      children.replaceChildren(h("li", { class: "error" }, err.message));
    }
  });
  return [toggle, " ", entityLink(unit), children];
}

function hierarchy(o) {
  const chain = [...(o.parents || (o.parent ? [o.parent] : []))].reverse();
  const units = (o.units || []).map((u) => h("li", {}, unitNode(u)));
  let node = h("li", {}, h("strong", { "aria-current": "page" }, o.name),
    units.length ? h("ul", { class: "tree" }, units) : null);
  for (const parent of [...chain].reverse()) node = h("li", {}, entityLink(parent), h("ul", { class: "tree" }, node));
  return h("ul", { class: "tree root" }, node);
}

function memberItem(m, me) {
  return h("li", { class: "fact" },
    h("p", { class: "fact-line" }, entityLink(m.person), m.role ? [" – ", h("strong", {}, m.role)] : null,
      m.time ? h("span", { class: "time" }, m.time) : null),
    evidenceBlock(m.evidence, termsOf(me), termsOf(m.person)));
}

/** Members of the answer (the first `members_limit`) and "Mehr anzeigen" for the rest (`members_total`). */
function membersTable(o, me, params) {
  const members = o.members || [];
  if (!members.length) return null;
  const list = h("ul", { class: "facts members" }, members.map((m) => memberItem(m, me)));
  const total = typeof o.members_total === "number" ? o.members_total : members.length;
  return [list, moreButton(list, { path: `/organizations/${encodeURIComponent(o.id)}/members`, params,
    shown: members.length, total, item: (m) => memberItem(m, me), noun: "Einträgen" })];
}

/** Projects are not part of the organization response: read them from the graph (projects of members). */
async function memberProjects(o) {
  const query = `PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?project ?name WHERE {
  ?m org:organization <${o.iri}> ; org:member ?person .
  ?project prov:wasAttributedTo ?person ; rdfs:label ?name .
} ORDER BY ?name LIMIT 50`;
  try {
    const { body } = await sparql(query);
    const seen = new Set();
    return body.results.bindings.map((b) => ({ ...refFromIri(b.project.value), name: b.name.value }))
      .filter((r) => r.kind && !seen.has(r.id) && seen.add(r.id));
  } catch {
    return [];
  }
}

/** People of the units (GET /persons?organization= counts members of units), without the direct members. */
async function unitPeople(o) {
  if (!(o.units || []).length) return null;
  const direct = new Set((o.members || []).map((m) => m.person.id));
  try {
    const people = itemsOf(await listEntities("person", { organization: o.id, page_size: 100 }))
      .filter((p) => !direct.has(p.id));
    if (!people.length) return null;
    return h("ul", { class: "entity-list" }, people.map((p) => h("li", {},
      entityLink({ kind: "person", ...p }),
      (p.roles || []).length ? h("span", { class: "muted" }, ` – ${p.roles.join("; ")}`) : null)));
  } catch {
    return null;
  }
}

export async function render(container, { arg, query }) {
  const range = rangeOf(query);
  const o = await getJSON(`/organizations/${encodeURIComponent(arg)}`, rangeParams(range));
  const me = { kind: "organization", ...o };
  const [projects, inUnits] = await Promise.all([o.iri ? memberProjects(o) : [], unitPeople(o)]);
  put(container,
    pageHeader(o.name, "organization", networkButton(me)),
    rangeForm(range),
    (o.aliases || []).length ? h("p", { class: "muted" }, `auch: ${o.aliases.join(", ")}`) : null,
    sections(
      ["Hierarchie", hierarchy(o)],
      ["Mitglieder und Rollen", membersTable(o, me, rangeParams(range))],
      ...((o.units || []).length ? [["Personen in Untereinheiten", inUnits]] : []),
      ["Projekte (über Mitglieder)", chips(projects)],
      ["Veranstaltungen (als Veranstalter)", chips(o.events)],
      [articlesTitle(o), articleList(o, "organization", rangeParams(range))]));
}
