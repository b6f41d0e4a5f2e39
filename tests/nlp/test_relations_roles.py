"""Role extraction on invented sentences with hand-set entities."""

from nlp.relations.testing import annotate


def roles(text, persons=(), orgs=()):
    doc = annotate(text, persons, orgs)
    return [(r.person.text, r.role, r.role_key, r.org_name, r.time) for r in doc._.kg_roles]


def test_apposition_after_name_with_genitive_org():
    found = roles(
        "Anna Beispiel, Leiterin des Ordnungsamts Musterstadt, eröffnete die Sitzung.",
        ("Anna Beispiel",),
        ("Ordnungsamts Musterstadt",),
    )
    assert found == [("Anna Beispiel", "Leiterin", "leitung", "Ordnungsamts Musterstadt", None)]


def test_title_before_name():
    found = roles("Gestern sprach Bürgermeisterin Petra Muster im Rathaus.", ("Petra Muster",))
    assert [(p, r) for p, r, *_ in found] == [("Petra Muster", "Bürgermeisterin")]


def test_gendered_forms_share_a_key():
    a = roles("Landrätin Eva Probe kam.", ("Eva Probe",))
    b = roles("Landrat Max Probe kam.", ("Max Probe",))
    assert a[0][2] == b[0][2] == "landrat"


def test_compound_title_with_org_prefix():
    found = roles("Die ABC lud ein. „Das war gut“, sagte ABC-Mitarbeiter Tom Test.", ("Tom Test",), ("ABC",))
    assert found[0][1:4] == ("Mitarbeiter", "mitarbeit", "ABC")


def test_multiword_modifier_is_part_of_title():
    found = roles("Die stellvertretende Leiterin Jana Frei lobte das Team.", ("Jana Frei",))
    assert found[0][1] == "stellvertretende Leiterin"


def test_time_hint_is_kept():
    found = roles("Der ehemalige Direktor Ole Alt war zu Gast.", ("Ole Alt",))
    assert found[0][1] == "Direktor" and found[0][4] == "ehemalig"


def test_title_without_name_yields_no_role():
    assert roles("Die Leiterin wurde nicht genannt.") == []


def test_staff_without_name_yields_nothing():
    doc = annotate("Mitarbeiter der Stadt halfen beim Aufbau.", orgs=("Stadt",))
    assert doc._.kg_roles == [] and doc._.kg_affiliations == []


def test_adjective_is_no_title():
    assert roles("Eva Klar, die verantwortliche Person, kam.", ("Eva Klar",)) == []
