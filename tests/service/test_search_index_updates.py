"""SearchIndex.updated (service/search/index.py): a text many documents carry (an event's name in every
talk at it) edited by a few documents scores and orders like a fresh build."""

from __future__ import annotations

from service.search.index import Doc, SearchIndex
from tests.service.incremental import index_state

EVENT = "Digitalgipfel Rheinland-Pfalz in Mainz"


def talks(numbers: range) -> dict[str, list[Doc]]:
    """One group per talk, each an evidence document with the event's name."""
    return {f"talk {n}": [Doc(EVENT, ("talk", n), f"t\t{n:03d}")] for n in numbers}


def test_a_few_documents_in_and_out_of_a_long_text_equal_a_fresh_build() -> None:
    groups: dict[str, list[Doc]] = {**talks(range(0, 60, 2)), "name": [Doc("Anna Weber", "p", "e\tanna")]}
    index = SearchIndex(groups)
    change: dict[str, list[Doc]] = {
        "talk 10": [],
        "talk 20": [],
        **talks(range(31, 36, 2)),
        **talks(range(40, 41)),
    }
    updated = index.updated(change)
    expected = {**groups, **change}
    fresh = SearchIndex({k: v for k, v in expected.items() if v})
    assert index_state(updated) == index_state(fresh)
    assert [d.key for d, _ in updated.search("Digitalgipfel")] == [
        d.key for d, _ in fresh.search("Digitalgipfel")
    ]
    assert len(updated.search("Digitalgipfel")) == 31
