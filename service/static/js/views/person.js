// Person page: roles (with time hints), affiliations, talks, projects and quotes, each with its evidence.
// Each list shows the first `facts_limit` entries of the answer and pages on with "Mehr anzeigen".

import { getJSON } from "../api.js";
import { rangeForm, rangeOf, rangeParams } from "../dates.js";
import { chips, entityLink, evidenceBlock, h, pageHeader, put, sections, termsOf, topicLink } from "../dom.js";
import { projectRelation } from "../labels.js";
import { moreButton } from "../more.js";
import { articleList, articlesTitle, networkButton } from "./common.js";

function fact(line, evidence, [terms, others]) {
  return h("li", { class: "fact" }, h("p", { class: "fact-line" }, line), evidenceBlock(evidence, terms, others));
}

export async function render(container, { arg, query }) {
  const range = rangeOf(query);
  const p = await getJSON(`/persons/${encodeURIComponent(arg)}`, rangeParams(range));
  const me = { kind: "person", ...p };
  const terms = (...others) => [termsOf(me), others.flatMap((o) => (o ? termsOf(o) : []))];

  const roleItem = (r) => fact([
    h("strong", {}, r.role),
    r.organization ? [" – ", entityLink(r.organization)] : null,
    r.time ? h("span", { class: "time" }, r.time) : null,
  ], r.evidence, terms(r.organization));

  const affiliationItem = (a) => fact(entityLink(a.organization), a.evidence, terms(a.organization));

  const talkItem = (t) => fact([
    t.topic ? ["Thema: ", topicLink(t.topic)] : "Vortrag (Thema nicht genannt)",
    t.event ? [" – bei ", entityLink(t.event)] : null,
  ], t.evidence, terms(t.event, t.topic ? { name: t.topic } : null));

  const projectItem = (l) => fact([
    entityLink(l.project), h("span", { class: "relation" }, projectRelation(l.relation)),
  ], l.evidence, terms(l.project));

  // Reported speech ("betonte, dass …") is shown as such, not in quotation marks.
  const quoteItem = (q) => h("li", { class: "fact quote" },
    q.form === "indirect"
      ? h("p", { class: "quote-text reported" }, h("span", { class: "badge" }, "indirekte Rede"), ` ${q.quote}`)
      : h("blockquote", { class: "quote-text" }, `„${q.quote}“`),
    evidenceBlock(q.evidence, termsOf(me), [q.quote]));

  /** The list `field` of the answer and "Mehr anzeigen" for the rest (`<field>_total`, GET …/`sub`). */
  const factList = (field, sub, item, noun) => {
    const items = p[field] || [];
    if (!items.length) return null;
    const list = h("ul", { class: "facts" }, items.map(item));
    const total = typeof p[`${field}_total`] === "number" ? p[`${field}_total`] : items.length;
    return [list, moreButton(list, { path: `/persons/${encodeURIComponent(p.id)}/${sub}`,
      params: rangeParams(range), shown: items.length, total, item, noun })];
  };

  const subtitle = [
    (p.titles || []).length ? `Titel: ${p.titles.join(", ")}` : null,
    (p.aliases || []).length ? `auch: ${p.aliases.join(", ")}` : null,
  ].filter(Boolean).join(" · ");

  put(container,
    pageHeader(p.name, "person", networkButton(me)),
    rangeForm(range),
    subtitle ? h("p", { class: "muted" }, subtitle) : null,
    (p.organizations || []).length ? h("div", { class: "summary" }, h("span", {}, "Organisationen: "),
      chips(p.organizations)) : null,
    sections(
      ["Rollen", factList("role_facts", "roles", roleItem, "Rollen")],
      ["Zugehörigkeiten", factList("affiliations", "affiliations", affiliationItem, "Zugehörigkeiten")],
      ["Vorträge", factList("talks", "talks", talkItem, "Vorträgen")],
      ["Projekte", factList("projects", "projects", projectItem, "Projekten")],
      ["Zitate", factList("quotes", "quotes", quoteItem, "Zitaten")],
      [articlesTitle(p), articleList(p, "person", rangeParams(range))]));
}
