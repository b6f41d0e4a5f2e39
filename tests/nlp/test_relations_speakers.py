"""Speakers from talk verbs, talk nouns and panels."""

from nlp.relations.testing import annotate


def speakers(text, persons, orgs=()):
    return [s.person.text for s in annotate(text, persons, orgs)._.kg_speakers]


def test_referierte_ueber():
    assert speakers("Mia Probe referierte über Datenschutz.", ("Mia Probe",)) == ["Mia Probe"]


def test_talk_noun_with_von():
    assert speakers("Es folgte ein Vortrag von Paul Beispiel.", ("Paul Beispiel",)) == ["Paul Beispiel"]


def test_passive_agent_with_durch():
    text = "Die Tagung wurde durch Lisa Test eröffnet."
    assert speakers(text, ("Lisa Test",)) == ["Lisa Test"]


def test_inverted_subject_after_talk_verb():
    text = "Im Anschluss stellte Direktor Ben Alt die Ergebnisse vor."
    assert speakers(text, ("Ben Alt",)) == ["Ben Alt"]


def test_greeted_guests_are_no_speakers():
    text = "Er begrüßte zahlreiche Gäste, darunter Uwe Gast."
    assert speakers(text, ("Uwe Gast",)) == []


def test_panel_participants():
    text = "An der Podiumsdiskussion nahmen Ina Eins und Kai Zwei teil."
    assert speakers(text, ("Ina Eins", "Kai Zwei")) == ["Ina Eins", "Kai Zwei"]


def test_topic_after_ueber():
    doc = annotate("Mia Probe referierte über Digitale Bildung.", ("Mia Probe",))
    assert doc._.kg_speakers[0].extra["topic"] == "Digitale Bildung"
