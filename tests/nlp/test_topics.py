"""Talk topics without leftovers of their sentence (nlp/relations/topics.py, nlp/topic_text.py)."""

from __future__ import annotations

from spacy.language import Language

from nlp.extract import extract
from nlp.relations.testing import annotate, rules_only
from nlp.topic_text import tidy_topic


def topic(text: str, person: str) -> str | None:
    links = annotate(text, (person,))._.kg_speakers
    assert links, f"no speaker in {text!r}"
    found: str | None = links[0].extra["topic"]
    return found


def test_the_word_thema_before_the_title_is_dropped() -> None:
    text = "Mia Probe sprach zum Thema „Gemeinsame Plattformen für kleine Kommunen“."
    assert topic(text, "Mia Probe") == "Gemeinsame Plattformen für kleine Kommunen"


def test_an_unpaired_quotation_mark_is_dropped() -> None:
    text = "Mia Probe referierte über Lösungen für den „ÖPNV auf dem Land“."
    assert topic(text, "Mia Probe") == "Lösungen für den ÖPNV auf dem Land"


def test_the_body_after_the_name_is_no_part_of_a_presented_bare_plural(nlp: Language) -> None:
    doc = rules_only(nlp, "Beim Fachtag stellte Jan Ott von der AOK Talheim neue Versorgungsmodelle vor.")
    assert [s.extra["topic"] for s in doc._.kg_speakers] == ["neue Versorgungsmodelle"]


def test_a_body_in_brackets_after_the_name_is_no_topic() -> None:
    text = "Mia Probe (Verbraucherzentrale) referierte über Datenschutz."
    assert topic(text, "Mia Probe") == "Datenschutz"


def test_an_event_after_zum_is_no_topic() -> None:
    assert topic("Zum Jahresempfang begrüßte Mia Probe die Gäste.", "Mia Probe") is None


def test_a_group_of_people_is_no_topic() -> None:
    assert topic("Mia Probe sprach zu Expert*innen.", "Mia Probe") is None


def test_an_amount_is_no_topic() -> None:
    assert tidy_topic("rund 700 Gästen") is None


def test_an_anniversary_with_its_subject_stays_a_topic() -> None:
    assert tidy_topic("25 Jahre Feuerwehrverband") == "25 Jahre Feuerwehrverband"


def test_a_trailing_academic_title_is_dropped() -> None:
    assert tidy_topic("Zukunft der Pflege Prof. Dr.") == "Zukunft der Pflege"


def test_paired_quotation_marks_inside_stay() -> None:
    assert tidy_topic("Das Credo „Mut“ im Amt") == "Das Credo „Mut“ im Amt"


def test_a_fronted_topic_ends_at_the_finite_verb(nlp: Language) -> None:
    text = "Einen Vortrag über verantwortungsvolle KI im Mittelstand hielt Prof. Dr. Mia Probe."
    facts = extract(text, nlp=nlp)
    assert [s.topic for s in facts.speakers] == ["verantwortungsvolle KI im Mittelstand"]


def test_the_noun_of_an_idiom_with_zu_is_no_topic():
    assert tidy_topic("Wort") is None and tidy_topic("Wortbeiträge der Bürger") == "Wortbeiträge der Bürger"


def test_a_topic_ends_at_the_agent_of_the_talk() -> None:
    text = "Dann folgte ein Überblick über die Pflegeschule durch ihren Leiter Jan Roth."
    assert topic(text, "Jan Roth") == "Pflegeschule"


def test_a_moment_of_the_event_is_no_topic() -> None:
    assert topic("Zu Beginn des Fachtags begrüßte Jan Roth die Gäste.", "Jan Roth") is None


def test_a_fronted_object_of_a_verb_of_presenting_is_the_topic(nlp: Language) -> None:
    doc = rules_only(nlp, "Die neue Planung stellte Eva Kranich vor.")
    assert [s.extra["topic"] for s in doc._.kg_speakers] == ["neue Planung"]


def test_a_fronted_talk_noun_is_no_topic(nlp: Language) -> None:
    doc = rules_only(nlp, "Den Festvortrag hielt Eva Kranich.")
    assert [s.extra["topic"] for s in doc._.kg_speakers] == [None]


def test_the_object_of_auf_after_a_verb_of_talking_that_takes_it(nlp: Language) -> None:
    doc = rules_only(nlp, "Beim Fachtag ging Mia Probe in ihrem Vortrag auf den Lehrermangel ein.")
    assert [(s.person.text, s.extra["topic"]) for s in doc._.kg_speakers] == [("Mia Probe", "Lehrermangel")]
