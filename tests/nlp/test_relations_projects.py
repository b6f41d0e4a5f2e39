"""Projects named after cue nouns, and events with titles."""

from nlp.relations.testing import annotate


def test_project_cue_with_name():
    doc = annotate("Sie stellte das Projekt Lotse vor.")
    assert [p.name for p in doc._.kg_projects] == ["Lotse"]


def test_project_cue_with_quoted_name_after_modifier():
    doc = annotate("Er zeigte die App für das Ehrenamt „Hilfe.Jetzt“ den Gästen.")
    assert [p.name for p in doc._.kg_projects] == ["Hilfe.Jetzt"]


def test_cue_without_name_yields_no_project():
    doc = annotate("Das Projekt wurde von allen gelobt.")
    assert doc._.kg_projects == []


def test_event_with_quoted_title():
    doc = annotate("Die Fachtagung „Daten im Dorf“ fand in Nordstadt statt.")
    assert doc._.kg_events[0].name == "Daten im Dorf"


def test_bare_event_noun_is_no_event():
    doc = annotate("Die Veranstaltung war gut besucht.")
    assert doc._.kg_events == []
