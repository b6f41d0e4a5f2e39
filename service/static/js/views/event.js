// Event page: organizer, place and programme (speakers with topics and evidence).

import { getEntity } from "../api.js";
import { entityLink, evidenceBlock, h, pageHeader, put, sections, termsOf, topicLink } from "../dom.js";
import { moreButton } from "../more.js";
import { articleList, articlesTitle, networkButton } from "./common.js";

function speakerItem(s) {
  return h("li", { class: "fact" },
    h("p", { class: "fact-line" }, entityLink(s.person), s.topic ? [": ", topicLink(s.topic)] : null),
    evidenceBlock(s.evidence, termsOf(s.person), s.topic ? [s.topic] : []));
}

/** Speakers of the answer (the first `speakers_limit`) and "Mehr anzeigen" for the rest (`speakers_total`). */
function programmeList(e) {
  const speakers = e.speakers || [];
  if (!speakers.length) return null;
  const list = h("ol", { class: "facts" }, speakers.map(speakerItem));
  const total = typeof e.speakers_total === "number" ? e.speakers_total : speakers.length;
  return [list, moreButton(list, { path: `/events/${encodeURIComponent(e.id)}/speakers`,
    shown: speakers.length, total, item: speakerItem, noun: "Beiträgen" })];
}

export async function render(container, { arg }) {
  const e = await getEntity("event", arg);
  const me = { kind: "event", ...e };
  const facts = [
    e.organizer ? h("div", {}, h("dt", {}, "Veranstalter"), h("dd", {}, entityLink(e.organizer))) : null,
    e.location ? h("div", {}, h("dt", {}, "Ort"), h("dd", {}, e.location)) : null,
  ].filter(Boolean);
  put(container,
    pageHeader(e.name, "event", networkButton(me)),
    facts.length ? h("dl", { class: "facts-inline" }, facts) : null,
    sections(
      ["Programm: Redner:innen", programmeList(e)],
      ["Themen", (e.topics || []).length
        ? h("ul", { class: "chips" }, e.topics.map((t) => h("li", {}, topicLink(t)))) : null],
      [articlesTitle(e), articleList(e, "event")]));
}
