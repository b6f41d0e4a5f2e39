// Project page: the people linked to it and how, each with evidence.

import { getEntity } from "../api.js";
import { entityLink, evidenceBlock, h, pageHeader, put, sections, termsOf } from "../dom.js";
import { projectRelation } from "../labels.js";
import { articleList, articlesTitle, networkButton } from "./common.js";

export async function render(container, { arg }) {
  const p = await getEntity("project", arg);
  const me = { kind: "project", ...p };
  const people = (p.people || []).map((x) => h("li", { class: "fact" },
    h("p", { class: "fact-line" }, entityLink(x.person), h("span", { class: "relation" }, projectRelation(x.relation))),
    evidenceBlock(x.evidence, termsOf(me), termsOf(x.person))));
  put(container,
    pageHeader(p.name, "project", networkButton(me)),
    (p.aliases || []).length ? h("p", { class: "muted" }, `auch: ${p.aliases.join(", ")}`) : null,
    sections(
      ["Beteiligte", people.length ? h("ul", { class: "facts" }, people) : null],
      [articlesTitle(p), articleList(p, "project")]));
}
