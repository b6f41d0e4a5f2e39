"""Names as people type them (service/readmodel/names.py): surname, no umlauts, unique start, did you mean."""

from __future__ import annotations

from service.readmodel.names import NameIndex
from service.readmodel.records import Entity


def person(name: str, *aliases: str) -> Entity:
    ident = name.lower().replace(" ", "-")
    return Entity("person", f"https://kg.example.org/id/person/{ident}", ident, name, aliases=set(aliases))


NAMES = NameIndex(
    [
        person("Sonja Gröntgen"),
        person("Jan Ole Berndt"),
        person("Jan Strehmann"),
        person("Laura Fauß"),
        person("Maria-Elena Pascu"),
        Entity("org", "https://kg.example.org/id/org/dfz", "dfz", "Deutsches Forschungszentrum", {"DFKI"}),
    ]
)


def found(text: str, kinds: list[str] | None = None) -> tuple[str, list[str]]:
    match = NAMES.lookup(text, kinds)
    return match.how, [e.name for e in match.entities]


def test_a_surname_finds_the_person() -> None:
    assert found("Berndt") == ("word", ["Jan Ole Berndt"])


def test_umlauts_written_out_are_read() -> None:
    assert found("Groentgen") == ("word", ["Sonja Gröntgen"])


def test_umlauts_left_out_are_read() -> None:
    assert found("Grontgen") == ("word", ["Sonja Gröntgen"])


def test_sharp_s_as_ss_is_read() -> None:
    assert found("laura fauss") == ("name", ["Laura Fauß"])


def test_a_hyphen_is_a_space() -> None:
    assert found("Maria Elena Pascu") == ("name", ["Maria-Elena Pascu"])


def test_a_unique_start_of_a_word_finds_the_person() -> None:
    assert found("Strehm") == ("prefix", ["Jan Strehmann"])


def test_a_shared_first_name_names_several() -> None:
    assert found("Jan") == ("word", ["Jan Ole Berndt", "Jan Strehmann"])


def test_several_matches_are_not_certain() -> None:
    assert NAMES.lookup("Jan").unique is None


def test_a_whole_name_beats_a_word_of_another_name() -> None:
    index = NameIndex([person("Schulze"), person("Sebastian Schulze")])
    assert index.lookup("Schulze").unique is not None and index.lookup("Schulze").unique.name == "Schulze"


def test_an_alias_finds_the_entity() -> None:
    assert found("dfki") == ("name", ["Deutsches Forschungszentrum"])


def test_kinds_restrict_the_match() -> None:
    assert found("DFKI", ["person"])[1] == []


def test_a_typo_is_only_a_suggestion() -> None:
    match = NAMES.lookup("Gröndgen")
    assert match.how == "similar" and [e.name for e in match.entities] == ["Sonja Gröntgen"]
    assert match.unique is None


def test_nothing_close_is_none() -> None:
    assert found("Quantenchromodynamik") == ("none", [])
