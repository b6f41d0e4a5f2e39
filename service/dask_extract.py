"""`kg extract-dask`: extraction of a corpus in shards on a Dask cluster, written as facts JSONL shards.

The client reads the input (files, folders, JSONL) and cuts the readable records into runs of
consecutive records, one task per shard. A worker loads the pipeline once (the `LoadPipeline` plugin
at worker start; `load_pipeline` is cached per process) and returns its shard as facts lines
(corpus/precomputed.py) with the records that failed; the client writes each shard as it arrives, as
`DIR/facts-00000.jsonl`, … (under a temporary name, then renamed: a shard file is never half written).
`kg ingest DIR` then stores them in article order without extracting again. The workers need the
project installed, not a shared file system. The client holds the records it sends: for a corpus
larger than its memory, run one job per part of the corpus.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distributed import Client, LocalCluster, as_completed
from distributed.diagnostics.plugin import WorkerPlugin

from corpus.article import Article
from corpus.loader import iter_articles
from corpus.precomputed import facts_line
from service.batch import extract_records, reason

logger = logging.getLogger(__name__)

SHARD_NAME = "facts-{:05d}.jsonl"
SHARD_GLOB = "facts-*.jsonl"
SHARDS_PER_THREAD = 4  # default: a few shards per worker thread, so a slow shard does not hold the rest
Job = tuple[str, Article]
_model_lock = threading.Lock()  # a worker with several threads runs one extraction at a time


class ShardsExistError(FileExistsError):
    """The output folder holds shards of an earlier run; `kg ingest` would read them too."""


@dataclass(frozen=True)
class ShardResult:
    """What a task returns: its facts lines in record order and one message per failed record."""

    index: int
    lines: list[str]
    failures: list[str]


@dataclass
class Summary:
    """The outcome of a run: shard files written, articles in them, failed records (named)."""

    shards: list[Path] = field(default_factory=list)
    articles: int = 0
    failures: list[str] = field(default_factory=list)


class LoadPipeline(WorkerPlugin):
    """Loads the pipeline when a worker starts, so tasks find it cached and a missing model shows early."""

    def setup(self, worker: Any) -> None:
        from nlp.pipeline import load_pipeline

        load_pipeline()


def extract_shard(index: int, jobs: Sequence[Job]) -> ShardResult:
    """The task: facts lines of one shard, with the pipeline of this worker process."""
    from nlp.pipeline import load_pipeline, pipeline_version

    nlp = load_pipeline()
    version = pipeline_version(nlp)
    lines: list[str] = []
    failures: list[str] = []
    with _model_lock:
        for outcome in extract_records(list(jobs), nlp):
            if outcome.facts is None or outcome.article is None:
                failures.append(outcome.error or outcome.source)
            else:
                lines.append(facts_line(outcome.article, outcome.facts, version))
    return ShardResult(index, lines, failures)


def plan_shards(jobs: Sequence[Job], shards: int) -> list[list[Job]]:
    """At most `shards` runs of consecutive jobs, as even as can be (sizes differ by one at most)."""
    count = max(1, min(shards, len(jobs)))
    size, extra = divmod(len(jobs), count)
    out: list[list[Job]] = []
    start = 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        if end > start:
            out.append(list(jobs[start:end]))
        start = end
    return out


def check_out_dir(out: Path) -> None:
    """Create `out`; refuse one with shards already in it (ingesting the folder would mix two runs)."""
    out.mkdir(parents=True, exist_ok=True)
    if any(out.glob(SHARD_GLOB)):
        raise ShardsExistError(
            f"{out} already holds facts shards ({SHARD_GLOB}); choose an empty folder or delete them"
        )


def run(paths: Iterable[str | Path], out: Path, *, client: Client, shards: int | None = None) -> Summary:
    """Extract the articles under `paths` on `client`'s cluster into facts shards in `out`."""
    check_out_dir(out)
    summary = Summary()
    jobs: list[Job] = []
    for item in iter_articles(paths):
        if item.article is None:
            summary.failures.append(item.error or f"{item.source}: unreadable")
        else:
            jobs.append((item.source, item.article))
    if not jobs:
        return summary
    threads = sum(client.nthreads().values()) or 1
    planned = plan_shards(jobs, shards or SHARDS_PER_THREAD * threads)
    client.register_plugin(LoadPipeline(), name="kg-load-pipeline")
    futures = {}
    for index, shard in enumerate(planned):
        [data] = client.scatter([shard])
        futures[client.submit(extract_shard, index, data, pure=False)] = index
    for future in as_completed(futures):
        index = futures[future]
        try:
            result: ShardResult = future.result()
        except Exception as exc:  # the task failed (e.g. its worker died too often): its records failed
            first, last = planned[index][0][0], planned[index][-1][0]
            summary.failures.append(f"{first} to {last}: shard {index} failed ({reason(exc)})")
            continue
        finally:
            future.release()
        summary.failures.extend(result.failures)
        if result.lines:
            summary.shards.append(_write_shard(out, index, result.lines))
            summary.articles += len(result.lines)
    summary.shards.sort()
    return summary


def _write_shard(out: Path, index: int, lines: list[str]) -> Path:
    path = out / SHARD_NAME.format(index)
    partial = out / f".{path.name}.partial"
    with partial.open("w", encoding="utf-8") as f:
        f.writelines(line + "\n" for line in lines)
    os.replace(partial, path)
    return path


@contextmanager
def connect(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client of the scheduler at `scheduler` (tcp://host:8786), or of a LocalCluster when it is None:
    `workers` processes of one thread each, no dashboard, closed again on leaving."""
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, Client(cluster) as client:
        yield client
