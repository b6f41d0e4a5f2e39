"""`ReadModel.named`, the "name contains" filter of the list endpoints and of `/persons?q=`: found with
`str.find` in one string of a kind's folded names, it must answer exactly what testing every entity
answers, and follow writes."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.generation import marker_seq, read_generation
from graph.store import KnowledgeStore
from service import live
from service.readmodel.model import Haystack, ReadModel
from service.search.analyzer import fold
from tests.service.test_long_lists import advance, drawn, fill, write


def scan(model: ReadModel, kind: str, text: str) -> list[str]:
    needle = fold(text)
    return [e.iri for e in model.of_kind(kind) if any(needle in key for key in model.folded[e.iri])]


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> ReadModel:
    path = tmp_path_factory.mktemp("named") / "kg"
    with KnowledgeStore(path) as ks:
        fill(ks)
    return ReadModel.from_store(ox.Store.read_only(str(path)))


def test_named_answers_what_a_scan_of_every_entity_answers(model: ReadModel) -> None:
    for kind in ("person", "org", "event", "project"):
        names = [k for e in model.of_kind(kind) for k in model.folded[e.iri]]
        needles = ["", "a", "Lang", "ANNA", "g l", "zz", "digitalisierung 1", "mainz 2024", "Ö"]
        needles += [n[i : i + 4] for n in names for i in (0, 3)]
        for needle in needles:
            assert [e.iri for e in model.named(kind, needle)] == scan(model, kind, needle), (kind, needle)


def test_haystack_lists_each_entity_once_in_order() -> None:
    hay = Haystack([("anna lang", "dr anna lang"), ("lang",), ("paul kern",), ("anna",)])
    assert hay.find("anna") == [0, 3]
    assert hay.find("lang") == [0, 1]
    assert hay.find("g\x00l") == []  # never across two names
    assert hay.find("") == [0, 1, 2, 3]


def test_named_follows_a_write(tmp_path: Path) -> None:
    with KnowledgeStore(tmp_path / "kg") as ks:
        fill(ks)
        snapshot = live.build(ks.store, marker_seq(read_generation(tmp_path / "kg")))
        assert snapshot.model.named("person", "aal") == []
        write(ks, 20, drawn(20, "Aaron Aal"))
        assert ks.delete("https://example.org/news/1")  # Anna Lang
        snapshot = advance(ks, snapshot)
        assert [e.name for e in snapshot.model.named("person", "aal")] == ["Aaron Aal"]
        assert snapshot.model.named("person", "anna l") == []
        model = snapshot.model
        assert [e.iri for e in model.named("person", "lang")] == scan(model, "person", "lang")
