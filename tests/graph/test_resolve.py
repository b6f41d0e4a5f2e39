"""Entity resolution across articles: persons, organizations, abbreviations, generic names."""

from __future__ import annotations

from graph.resolve import EntityIndex, Resolver


def _two(kind: str, first: str, second: str, **kw: str) -> tuple[str, str, list]:
    """Resolve `first` in article a, then `second` in article b; return both IRIs and b's matches."""
    index = EntityIndex()
    a, b = Resolver(index, "a"), Resolver(index, "b")
    if kind == "person":
        ra, rb = a.person(first), b.person(second)
    elif kind == "org":
        ra, rb = (
            a.organization(first, kw.get("aliases_a", "").split("|") if kw.get("aliases_a") else []),
            b.organization(second),
        )
    else:
        ra, rb = a.simple(kind, first), b.simple(kind, second)
    return ra.iri, rb.iri, rb.matches


def test_person_with_academic_title_merges() -> None:
    ia, ib, matches = _two("person", "Jan Ole Berndt", "Dr. Jan Ole Berndt")
    assert ia == ib
    assert matches[0].method == "normalized-name"


def test_surname_alone_never_merges_across_articles() -> None:
    ia, ib, _ = _two("person", "Berndt", "Berndt")
    assert ia != ib


def test_middle_initial_merges_with_written_out_middle_name() -> None:
    ia, ib, matches = _two("person", "Jan Ole Berndt", "Jan O. Berndt")
    assert ia == ib
    assert matches[0].method == "middle-name" and matches[0].score > 80


def test_different_middle_names_stay_apart() -> None:
    ia, ib, _ = _two("person", "Jan Ole Berndt", "Jan Otto Berndt")
    assert ia != ib


def test_hyphenated_and_spaced_given_names_merge() -> None:
    ia, ib, _ = _two("person", "Hans-Peter Müller", "Hans Peter Mueller")
    assert ia == ib


def test_name_fitting_two_known_persons_stays_apart() -> None:
    index = EntityIndex()
    Resolver(index, "a").person("Jan Ole Berndt")
    Resolver(index, "b").person("Jan Otto Berndt")
    known = {Resolver(index, "x").person(n).iri for n in ("Jan Ole Berndt", "Jan Otto Berndt")}
    assert Resolver(index, "c").person("Jan Berndt").iri not in known


def test_organization_genitive_merges_with_nominative() -> None:
    ia, ib, matches = _two(
        "org",
        "Deutsches Forschungszentrum für Künstliche Intelligenz",
        "des Deutschen Forschungszentrums für künstliche Intelligenz",
    )
    assert ia == ib
    assert "inflection" in matches[0].reason


def test_abbreviation_learned_from_alias_merges_bare_abbreviation() -> None:
    ia, ib, matches = _two(
        "org", "Deutsches Forschungszentrum für Künstliche Intelligenz", "DFKI", aliases_a="DFKI"
    )
    assert ia == ib
    assert matches[0].method == "abbreviation"


def test_long_form_with_alias_merges_into_earlier_bare_abbreviation() -> None:
    index = EntityIndex()
    bare = Resolver(index, "a").organization("DFKI")
    long = Resolver(index, "b").organization(
        "Deutsches Forschungszentrum für Künstliche Intelligenz", ["DFKI"]
    )
    assert bare.iri == long.iri


def test_stadt_and_stadtverwaltung_are_one_organization() -> None:
    ia, ib, _ = _two("org", "Stadtverwaltung Kaiserslautern", "Stadt Kaiserslautern")
    assert ia == ib


def test_typo_in_one_long_word_merges_by_fuzzy_score() -> None:
    ia, ib, matches = _two("org", "Hochschule Kaiserslautern", "Hochschule Kaiserlautern")
    assert ia == ib
    assert matches[0].method == "fuzzy" and matches[0].score >= 90


def test_similar_place_names_do_not_merge() -> None:
    ia, ib, _ = _two("org", "Universität Trier", "Universität Triest")
    assert ia != ib


def test_unit_without_parent_name_only_merges_under_same_parent() -> None:
    index = EntityIndex()
    city_a = Resolver(index, "a").organization("Stadtverwaltung Kaiserslautern")
    city_b = Resolver(index, "b").organization("Stadtverwaltung Mainz")
    unit_a = Resolver(index, "a").organization("Stabsstelle Digitalisierung", parent=city_a.iri)
    unit_b = Resolver(index, "b").organization("Stabsstelle Digitalisierung", parent=city_b.iri)
    unit_a2 = Resolver(index, "c").organization("Stabsstelle Digitalisierung", parent=city_a.iri)
    assert unit_a.iri != unit_b.iri
    assert unit_a.iri == unit_a2.iri


def test_generic_one_word_name_stays_local() -> None:
    ia, ib, _ = _two("org", "Feuerwehr", "Feuerwehr")
    assert ia != ib


def test_iris_are_stable_across_runs() -> None:
    first = Resolver(EntityIndex(), "a").organization("Stadtverwaltung Kaiserslautern").iri
    again = Resolver(EntityIndex(), "z").organization("Stadtverwaltung Kaiserslautern").iri
    assert first == again


def test_project_abbreviation_case_and_spacing_fold() -> None:
    ia, ib, _ = _two("project", "Ikone DS", "IKONE-DS")
    assert ia == ib


def test_short_alias_of_a_unit_does_not_merge_units_of_other_parents() -> None:
    index = EntityIndex()
    units = []
    for doc, city in (("a", "Kaiserslautern"), ("b", "Wendelstadt")):
        parent = Resolver(index, doc).organization(f"Stadtverwaltung {city}")
        unit = Resolver(index, doc).organization(
            f"Stabsstelle Digitalisierung der Stadtverwaltung {city}",
            ["Stabsstelle Digitalisierung"],
            parent.iri,
        )
        units.append(unit.iri)
    assert units[0] != units[1]


def test_unit_named_with_its_parent_merges_without_part_of() -> None:
    index = EntityIndex()
    parent = Resolver(index, "a").organization("Stadtverwaltung Kaiserslautern")
    unit = Resolver(index, "a").organization(
        "Stabsstelle Digitalisierung der Stadtverwaltung Kaiserslautern", parent=parent.iri
    )
    again = Resolver(index, "b").organization("Stabsstelle Digitalisierung der Stadt Kaiserslautern")
    assert unit.iri == again.iri
