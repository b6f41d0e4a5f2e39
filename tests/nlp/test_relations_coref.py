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
