// Event page: organizer, place and programme (speakers with topics and evidence).

import { getEntity } from "../api.js";
import { entityLink, evidenceBlock, h, pageHeader, put, sections, termsOf, topicLink } from "../dom.js";
import { articleList, articlesTitle, networkButton } from "./common.js";

export async function render(container, { arg }) {
  const e = await getEntity("event", arg);
  const me = { kind: "event", ...e };
  const programme = (e.speakers || []).map((s) => h("li", { class: "fact" },
    h("p", { class: "fact-line" }, entityLink(s.person), s.topic ? [": ", topicLink(s.topic)] : null),
    evidenceBlock(s.evidence, termsOf(s.person), s.topic ? [s.topic] : [])));
  const facts = [
    e.organizer ? h("div", {}, h("dt", {}, "Veranstalter"), h("dd", {}, entityLink(e.organizer))) : null,
    e.location ? h("div", {}, h("dt", {}, "Ort"), h("dd", {}, e.location)) : null,
  ].filter(Boolean);
  put(container,
    pageHeader(e.name, "event", networkButton(me)),
    facts.length ? h("dl", { class: "facts-inline" }, facts) : null,
    sections(
      ["Programm: Redner:innen", programme.length ? h("ol", { class: "facts" }, programme) : null],
      ["Themen", (e.topics || []).length
        ? h("ul", { class: "chips" }, e.topics.map((t) => h("li", {}, topicLink(t)))) : null],
      [articlesTitle(e), articleList(e, "event")]));
}
