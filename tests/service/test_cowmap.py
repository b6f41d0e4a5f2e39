"""CowMap (service/cowmap.py): a copy shares the shards nobody changed, and neither side sees the
other's changes."""

from __future__ import annotations

from service.cowmap import SHARD_SIZE, CowMap


def names(n: int) -> dict[str, int]:
    return {f"person/anna-weber-{i}": i for i in range(n)}


def test_a_copy_does_not_see_changes_of_the_original() -> None:
    original = CowMap(names(1000))
    copy = original.copy()
    original["person/jan-wolf"] = -1
    del original["person/anna-weber-3"]
    original.pop("person/anna-weber-4")
    assert dict(copy.items()) == names(1000)


def test_the_original_does_not_see_changes_of_a_copy() -> None:
    original = CowMap(names(1000))
    copy = original.copy()
    copy["person/anna-weber-7"] = 70
    del copy["person/anna-weber-8"]
    assert dict(original.items()) == names(1000)
    assert copy["person/anna-weber-7"] == 70 and "person/anna-weber-8" not in copy


def test_a_changed_copy_shares_every_shard_but_the_changed_one() -> None:
    original = CowMap(names(50 * SHARD_SIZE))
    copy = original.copy()
    copy["person/anna-weber-5"] = 0
    shared = sum(a is b for a, b in zip(original._shards, copy._shards, strict=True))
    assert len(original._shards) > 32 and shared == len(original._shards) - 1


def test_a_map_grown_one_entry_at_a_time_equals_the_dict() -> None:
    grown: CowMap[str, int] = CowMap()
    for key, value in names(20 * SHARD_SIZE).items():
        grown[key] = value
    for i in range(0, 20 * SHARD_SIZE, 3):
        del grown[f"person/anna-weber-{i}"]
    expected = {k: v for k, v in names(20 * SHARD_SIZE).items() if v % 3}
    assert grown == expected and len(grown) == len(expected)
    assert sorted(grown) == sorted(expected) and sorted(grown.values()) == sorted(expected.values())


def test_copies_of_copies_stay_apart() -> None:
    first = CowMap(names(500))
    second = first.copy()
    second["x"] = 1
    third = second.copy()
    third["x"] = 2
    second["y"] = 3
    assert "x" not in first and second["x"] == 1 and third["x"] == 2 and "y" not in third


def test_growing_past_the_shards_splits_one_shard_not_the_table() -> None:
    original = CowMap(names(63 * SHARD_SIZE))
    for i in range(63 * SHARD_SIZE, len(original._shards) * SHARD_SIZE):
        original[f"person/anna-weber-{i}"] = i
    assert len(original) == SHARD_SIZE * len(original._shards)  # full: the next new key splits a shard
    copy = original.copy()
    copy["person/jan-wolf"] = 1
    shared = sum(a is b for a, b in zip(original._shards, copy._shards, strict=False))
    assert len(copy._shards) == len(original._shards) + 1 and shared >= len(original._shards) - 2
    assert dict(copy.items()) == {**names(len(original)), "person/jan-wolf": 1}
