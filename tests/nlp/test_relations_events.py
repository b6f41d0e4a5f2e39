"""Events named without quotes: an event compound plus a naming signal; generic and time words are none."""

import pytest

from nlp.relations.testing import annotate, rules_only


def events(text):
    return [e.name for e in annotate(text)._.kg_events]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der 5. Digitaltag Rheinland-Pfalz fand in Mainz statt.", "5. Digitaltag Rheinland-Pfalz"),
        ("Beim Kommunalkongress 2024 ging es um Geld.", "Kommunalkongress 2024"),
        ("Die Fachtagung Smart City in Mainz war voll.", "Fachtagung Smart City"),
        ("Auf dem Innovationsforum Gesundheit sprach man über Pflege.", "Innovationsforum Gesundheit"),
        ("Die Aktionswoche Demenz startet am Montag.", "Aktionswoche Demenz"),
        ("Beim Neujahrsempfang 2025 sprach der Landrat.", "Neujahrsempfang 2025"),
        ("Zum Abschluss des Kommunalkongresses 2024 gab es Sekt.", "Kommunalkongress 2024"),
    ],
)
def test_event_compound_with_a_naming_signal(text, name):
    assert events(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Die Konferenz war gut besucht.",
        "Am Dienstag tagte der Landtag Rheinland-Pfalz.",
        "Der Bundestag Berlin stimmte zu.",
        "Der Kreistag Mainz-Bingen beschloss den Haushalt.",
        "Der Stadtrat Mainz tagte.",
        "Der Deutsche Städtetag Nordrhein-Westfalen fordert mehr Geld.",
        "Am Feiertag 2024 blieb alles zu.",
        "Zum 80. Geburtstag gratulierte der Bürgermeister.",
        "In der 12. Kalenderwoche beginnt der Bau.",
        "Der Tag Mainz war schön.",
        "Das Forum Gesundheit tagte.",
        "Dort trafen sich beim Kommunalkongress Experten aus ganz Deutschland.",
        "Der nächste Digitaltag ist für 2026 geplant.",
    ],
)
def test_generic_parliament_and_time_words_are_no_events(text):
    assert events(text) == []


def test_name_words_after_a_bare_event_noun_after_beim(nlp):
    doc = rules_only(nlp, "Beim 3. Forum Mobilität Nordheim sprach Landrat Jan Ott.")
    assert [e.name for e in doc._.kg_events] == ["3. Forum Mobilität Nordheim"]


def test_ordinal_mention_joins_the_headline_event():
    text = "Digitaltag Nordstadt: Daten für alle\nZum 3. Digitaltag Nordstadt kamen 90 Gäste."
    doc = annotate(text)
    assert [(e.name, e.aliases) for e in doc._.kg_events] == [
        ("Digitaltag Nordstadt", ["3. Digitaltag Nordstadt"])
    ]


def test_ordinal_word_and_number_name_the_same_event():
    text = "Zweiter Zukunftstag in Bad Ems\nZum 2. Zukunftstag Rhein-Lahn kamen 150 Gäste."
    doc = annotate(text)
    assert [(e.name, e.aliases) for e in doc._.kg_events] == [
        ("2. Zukunftstag Rhein-Lahn", ["Zweiter Zukunftstag"])
    ]


def test_different_ordinals_are_different_events():
    text = "Nach dem 1. Halberstädter Symposium folgt das 2. Halberstädter Symposium."
    assert events(text) == ["1. Halberstädter Symposium", "2. Halberstädter Symposium"]


def test_generic_noun_after_a_name_adjective_belongs_to_the_name():
    assert events("Auf dem Innovationsforum Smarte Städte sprach man über Daten.") == [
        "Innovationsforum Smarte Städte"
    ]


@pytest.mark.parametrize("text", ["Dieser Abend war ein Erfolg für alle.", "Jeder Kongress braucht Gäste."])
def test_determiner_before_an_event_noun_is_no_name(text):
    assert events(text) == []


def test_place_adjective_before_an_event_compound_is_part_of_the_name():
    assert events("Der Mainzer Digitaltag lockte viele Gäste.") == ["Mainzer Digitaltag"]


def test_event_compound_with_the_genitive_of_an_organization_name(nlp):
    doc = rules_only(nlp, "Bei der Mitgliederversammlung des SV Nordtal wurde Eva Sand gewählt.")
    assert [e.name for e in doc._.kg_events] == ["Mitgliederversammlung des SV Nordtal"]
