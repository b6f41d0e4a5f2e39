// Person page: roles (with time hints), affiliations, talks, projects and quotes, each with its evidence.

import { getJSON } from "../api.js";
import { rangeForm, rangeOf, rangeParams } from "../dates.js";
import { chips, entityLink, evidenceBlock, h, pageHeader, put, sections, termsOf, topicLink } from "../dom.js";
import { projectRelation } from "../labels.js";
import { articleList, articlesTitle, networkButton } from "./common.js";

function fact(line, evidence, [terms, others]) {
  return h("li", { class: "fact" }, h("p", { class: "fact-line" }, line), evidenceBlock(evidence, terms, others));
}

export async function render(container, { arg, query }) {
  const range = rangeOf(query);
  const p = await getJSON(`/persons/${encodeURIComponent(arg)}`, rangeParams(range));
  const me = { kind: "person", ...p };
  const terms = (...others) => [termsOf(me), others.flatMap((o) => (o ? termsOf(o) : []))];

  const roles = (p.role_facts || []).map((r) => fact([
    h("strong", {}, r.role),
    r.organization ? [" – ", entityLink(r.organization)] : null,
    r.time ? h("span", { class: "time" }, r.time) : null,
  ], r.evidence, terms(r.organization)));

  const affiliations = (p.affiliations || []).map((a) => fact(entityLink(a.organization), a.evidence,
    terms(a.organization)));

  const talks = (p.talks || []).map((t) => fact([
    t.topic ? ["Thema: ", topicLink(t.topic)] : "Vortrag (Thema nicht genannt)",
    t.event ? [" – bei ", entityLink(t.event)] : null,
  ], t.evidence, terms(t.event, t.topic ? { name: t.topic } : null)));

  const projects = (p.projects || []).map((l) => fact([
    entityLink(l.project), h("span", { class: "relation" }, projectRelation(l.relation)),
  ], l.evidence, terms(l.project)));

  // Reported speech ("betonte, dass …") is shown as such, not in quotation marks.
  const quotes = (p.quotes || []).map((q) => h("li", { class: "fact quote" },
    q.form === "indirect"
      ? h("p", { class: "quote-text reported" }, h("span", { class: "badge" }, "indirekte Rede"), ` ${q.quote}`)
      : h("blockquote", { class: "quote-text" }, `„${q.quote}“`),
    evidenceBlock(q.evidence, termsOf(me), [q.quote])));

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
      ["Rollen", roles.length ? h("ul", { class: "facts" }, roles) : null],
      ["Zugehörigkeiten", affiliations.length ? h("ul", { class: "facts" }, affiliations) : null],
      ["Vorträge", talks.length ? h("ul", { class: "facts" }, talks) : null],
      ["Projekte", projects.length ? h("ul", { class: "facts" }, projects) : null],
      ["Zitate", quotes.length ? h("ul", { class: "facts" }, quotes) : null],
      [articlesTitle(p), articleList(p, "person", rangeParams(range))]));
}
