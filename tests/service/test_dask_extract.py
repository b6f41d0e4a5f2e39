"""Shard planning of `kg extract-dask`: runs of consecutive records, as even as can be."""

from __future__ import annotations

from corpus.article import Article
from service.dask_extract import Job, plan_shards

JOBS: list[Job] = [(f"in:{i}", Article.from_text(f"Text {i}.", id=str(i))) for i in range(10)]


def _sources(shards: list[list[Job]]) -> list[list[str]]:
    return [[source for source, _ in shard] for shard in shards]


def test_shards_are_consecutive_runs_in_input_order() -> None:
    assert [s for shard in _sources(plan_shards(JOBS, 3)) for s in shard] == [s for s, _ in JOBS]


def test_shard_sizes_differ_by_one_at_most() -> None:
    assert [len(shard) for shard in plan_shards(JOBS, 4)] == [3, 3, 2, 2]


def test_no_shard_is_empty_when_shards_outnumber_records() -> None:
    assert [len(shard) for shard in plan_shards(JOBS[:2], 5)] == [1, 1]
