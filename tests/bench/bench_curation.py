"""Time from a curation decision to its answers: merge, split, wrong fact and undo through the API.

Run: ``python -m tests.bench.bench_curation [--articles 1000 10000] [--rounds 3]``; writes
tests/bench/reports/curation.md.

For each store size: a store of generated articles (tests/bench/synthetic.py), a server on it (uvicorn, one
process, tests/bench/server.py) with writes enabled, warmed up by a lookup, a search and an expertise query.
The first write of a server opens the read-write store, which builds the entity resolution index; that is
timed on its own ("first write"). Then, per round: merge two persons, mark one of their facts wrong, split
an article off the merged person, and undo all three, each timed from the request until GET /persons/{id}
shows it (the POST answers once the read model has followed the decision, so that is the POST plus one GET).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from tests.bench.server import serve_process
from tests.bench.synthetic import build

REPORT = Path(__file__).parent / "reports" / "curation.md"
TOKEN = "bench-curation"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    out = action()
    return time.perf_counter() - started, out


def two_persons(client: httpx.Client) -> tuple[dict[str, Any], dict[str, Any]]:
    """Two persons with talks in at least two articles each (so one article can be split off)."""
    found = []
    for page in range(1, 50):
        for p in client.get("/persons", params={"page": page, "page_size": 100}).json()["items"]:
            detail = client.get(f"/persons/{p['id']}").json()
            if detail["articles_total"] >= 2 and detail["talks"]:
                found.append(detail)
                if len(found) == 2:
                    return found[0], found[1]
    raise RuntimeError("no two persons with two articles each")


def run(articles: int, rounds: int, workdir: Path) -> dict[str, Any]:
    store = build(workdir / f"store-{articles}", articles)
    out: dict[str, Any] = {"articles": articles, "times": {}}
    with serve_process(store, KG_API_TOKEN=TOKEN) as (url, _):
        client = httpx.Client(base_url=url, timeout=900)
        client.get("/persons", params={"q": "a"})
        client.get("/search", params={"q": "Tempo"})
        client.get("/expertise", params={"topic": "Tempo"})
        a, b = two_persons(client)
        out["mentions"] = (a["articles_total"], b["articles_total"])
        first, made = timed(
            lambda: client.post(
                "/curation/merge", json={"keep": a["iri"], "merge": b["iri"]}, headers=AUTH
            ).json()
        )
        client.delete(f"/curation/{made['id']}", headers=AUTH)
        out["first_write"] = first
        times: dict[str, list[float]] = {k: [] for k in ("merge", "wrong", "split", "undo")}
        for _ in range(rounds):
            started = time.perf_counter()
            merged = client.post(
                "/curation/merge", json={"keep": a["iri"], "merge": b["iri"]}, headers=AUTH
            ).json()
            kept = merged["result"].rsplit("/", 1)[1]
            person = client.get(f"/persons/{kept}").json()
            times["merge"].append(time.perf_counter() - started)
            assert len(person["talks"]) == len(a["talks"]) + len(b["talks"]), "merge not visible"
            facts = client.get("/curation/facts", params={"entity": merged["result"]}).json()["facts"]
            fact = next(f["iri"] for f in facts if f["kind"] == "talk")
            started = time.perf_counter()
            wrong = client.post("/curation/wrong", json={"fact": fact}, headers=AUTH).json()
            talks = client.get(f"/persons/{kept}").json()["talks"]
            times["wrong"].append(time.perf_counter() - started)
            assert len(talks) == len(person["talks"]) - 1, "wrong fact not hidden"
            started = time.perf_counter()
            body = {"entity": merged["result"], "articles": [person["articles"][0]["id"]]}
            split = client.post("/curation/split", json=body, headers=AUTH).json()
            client.get(f"/persons/{kept}")
            times["split"].append(time.perf_counter() - started)
            for d in (split, wrong, merged):
                started = time.perf_counter()
                client.delete(f"/curation/{d['id']}", headers=AUTH)
                client.get(f"/persons/{a['id']}")
                times["undo"].append(time.perf_counter() - started)
            assert client.get(f"/persons/{b['id']}", follow_redirects=False).status_code == 200
        out["times"] = times
    return out


def report(results: list[dict[str, Any]]) -> str:
    lines = [
        "# Curation: time from a decision to its answers",
        "",
        f"`python -m tests.bench.bench_curation`, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, on the shared "
        "2-core machine. Each time runs from the request until GET /persons/{id} shows the decision "
        "(POST or DELETE plus one GET); the read model follows the article graphs the decision changed, "
        "no rebuild.",
        "",
        "| articles | persons merged (their articles) | first write (opens the store) | merge | wrong fact "
        "| split by article | undo |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        cells = [
            f"{statistics.median(r['times'][k]) * 1000:.0f} ms (max {max(r['times'][k]) * 1000:.0f})"
            for k in ("merge", "wrong", "split", "undo")
        ]
        mentions = " + ".join(str(n) for n in r["mentions"])
        lines.append(
            f"| {r['articles']:,} | {mentions} | {r['first_write']:.2f} s | " + " | ".join(cells) + " |"
        )
    lines += [
        "",
        "Medians over the rounds (max in brackets). A merge rewrites the articles of the person whose IRI "
        "goes (and the read model reads them again), a split the articles split off, a wrong fact one "
        "article; the first write of a server opens the read-write store, which builds the entity "
        "resolution index.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, nargs="+", default=[1000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        results = [run(n, args.rounds, workdir) for n in args.articles]
    REPORT.write_text(report(results), encoding="utf-8")
    print(REPORT.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
