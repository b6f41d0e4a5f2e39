"""Within-article coreference and boilerplate."""

from nlp.relations.testing import annotate


def test_surname_mention_joins_full_name():
    doc = annotate(
        "Clara Schmidtke kam früh. Später sprach Frau Schmidtke.", ("Clara Schmidtke", "Schmidtke")
    )
    assert [(c.name, len(c.spans)) for c in doc._.kg_people] == [("Clara Schmidtke", 2)]


def test_untagged_surname_mention_is_found():
    doc = annotate("Clara Schmidtke kam früh. Schmidtkes Rede war kurz.", ("Clara Schmidtke",))
    assert len(doc._.kg_people[0].spans) == 2


def test_date_tail_is_boilerplate():
    text = "Anna Test sprach lange.\nAktuelle Beiträge\n18. Januar 2025\n17. Januar 2025\nMax Tail – Tour"
    doc = annotate(text, ("Anna Test", "Max Tail"))
    assert [c.name for c in doc._.kg_people if c.in_content()] == ["Anna Test"]


def test_definite_title_refers_to_its_single_holder():
    doc = annotate("Direktorin Ada Berg kam früh. Die Direktorin stellte das Konzept vor.", ("Ada Berg",))
    assert [doc._.kg_person_at[s.person.start] for s in doc._.kg_speakers] == ["Ada Berg"]


def test_bracketed_short_form_and_its_compound_join_the_organization():
    text = "Das Netzwerk Dorf Digital (NDD) lud ein. Im NDD-Netzwerk sind zehn Orte."
    doc = annotate(text, orgs=("Netzwerk Dorf Digital", "NDD-Netzwerk"))
    assert [(c.name, sorted(c.aliases)) for c in doc._.kg_orgs] == [
        ("Netzwerk Dorf Digital", ["NDD", "NDD-Netzwerk"])
    ]


def test_short_form_joins_the_longer_name_it_starts():
    doc = annotate(
        "Das Nord Klinikum Ost wächst. Im Nord Klinikum arbeiten 90 Menschen.",
        orgs=("Nord Klinikum Ost", "Nord Klinikum"),
    )
    assert [c.name for c in doc._.kg_orgs] == ["Nord Klinikum Ost"]


def test_bare_unit_name_joins_the_one_full_name_of_the_article():
    text = "Das Bauamt der Stadt Talheim zieht um. Das Bauamt öffnet am Montag."
    doc = annotate(text, orgs=("Bauamt der Stadt Talheim", "Bauamt"))
    names = [c.name for c in doc._.kg_orgs]
    assert names == ["Bauamt der Stadt Talheim"]
