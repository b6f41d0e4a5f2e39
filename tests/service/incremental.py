"""Comparing derived data: an updated snapshot against a fresh build of the same store (helpers)."""

from __future__ import annotations

import random
from typing import Any

from corpus.article import Article
from nlp.facts import Facts
from service.live import Snapshot
from service.readmodel.model import ReadModel
from service.readmodel.network import shortest_paths
from service.readmodel.views import Views
from service.search.expertise import rank_experts
from service.search.index import SearchIndex
from tests.bench import synthetic as bench
from tests.graph import synthetic as reports
from tests.service.facts_sample import SAMPLE
from tests.service.test_expertise_evidence import article as lotse

QUERIES = [
    "Krisenmanagement",
    "Krise",
    "Robotik Pflege",
    "Digitalisierung",
    "Stadtverwaltung",
    "Leiterin",
    "Hochwasser",
    "Mainz",
    "Aorta",
    "Telemedizin",
    "Management",
    "Verwaltung",
    "Baj",
    "Jan Wolf",
    "voneinander",
]
# the model's own bookkeeping of what the store says, not derived data (relation labels are kept once
# seen, graph contributions hold the facts as read)
SKIP = {"graphs", "relations"}


def pool(seed: int) -> list[tuple[Article, Facts]]:
    """Articles to add, replace (same URL, other content) and delete, with shared names and places."""
    rng = random.Random(seed)
    out = [make() for make in SAMPLE] + [lotse()]
    out += [reports.article(i, seed=seed) for i in range(8)]
    out += [bench.make_article(n, rng) for n in range(8)]
    return out


def variant(article: Article, facts: Facts, seed: int) -> tuple[Article, Facts]:
    """Another version of an article at the same URL (a report of another seed, or the sample swapped)."""
    url = article.url or ""
    if "/synthetic/" in url:
        return reports.article(int(url.rsplit("/", 1)[1]), seed=seed)
    if "/news/" in url:
        n = int(url.rsplit("/", 1)[1])
        other, other_facts = bench.make_article(n, random.Random(seed))
        again = Article.from_text(other.text, url=url, title=other.title, published=other.published)
        return again, other_facts
    return article, facts.model_copy(update={"quotes": []})


def model_state(m: ReadModel) -> dict[str, Any]:
    out = {name: value for name, value in vars(m).items() if name not in SKIP and name != "names"}
    out["names"] = (m.names._by_id, m.names._full, m.names._tail_keys)
    return out


def views_state(v: Views) -> dict[str, Any]:
    m = v.m
    details: dict[str, Any] = {}
    for kind, detail in (
        ("person", v.person_detail),
        ("org", v.org_detail),
        ("project", v.project_detail),
        ("event", v.event_detail),
    ):
        for e in m.of_kind(kind):
            details[e.iri] = detail(e)
    for a in m.articles_newest_first:
        details[a.iri] = v.article_detail(a)
    return {
        "refs": v._refs,
        "article_refs": v._article_refs,
        "evidence": v._evidence,
        "articles_of": v._articles_of,
        "summaries": v._summaries,
        "lists": v._lists,
        "details": details,
    }


def index_state(ix: SearchIndex) -> dict[str, Any]:
    """Everything an index holds, independent of the slots texts happened to get."""
    texts = {t: ([d.key for d in x.docs], [repr(d.payload) for d in x.docs]) for t, x in ix._texts.items()}
    postings = {
        term: (sorted((ix._slots[int(p) >> 16], int(p) & 0xFFFF) for p in arr), df)
        for term, (arr, df) in ix._postings.items()
    }
    lengths = {t: ix._length[x.slot] for t, x in ix._texts.items()}
    return {
        "texts": texts,
        "postings": postings,
        "lengths": lengths,
        "n": ix._n,
        "total": ix._total,
        "stems": ix._stems,
        "compounds": ix._compounds,
        "groups": {g: [d.key for d in docs] for g, docs in ix._groups.items()},
        "terms": ix.expander.terms,
    }


def answers(s: Snapshot) -> dict[str, Any]:
    """What the API answers from a snapshot: searches, experts, paths between entities."""
    assert s.search is not None and s.expertise is not None
    out: dict[str, Any] = {}
    for q in QUERIES:
        out[f"search {q}"] = [(d.key, score) for d, score in s.search.search(q)]
        out[f"expertise {q}"] = [
            (e.entity, e.score, [(doc.kind, score, label) for doc, score, label in e.evidence])
            for e in rank_experts(s.model, s.expertise, q)
        ]
        out[f"suggest {q}"] = s.expertise.suggest(q + "x")
    people = [e.iri for e in s.model.of_kind("person")][:12]
    for a, b in zip(people, people[1:], strict=False):
        out[f"path {a} {b}"] = shortest_paths(s.model, a, b, 5)
    return out


def differences(updated: Snapshot, fresh: Snapshot) -> list[str]:
    """Names of the parts where an updated snapshot differs from a fresh build (empty: equal)."""
    assert updated.search is not None and fresh.search is not None
    assert updated.expertise is not None and fresh.expertise is not None
    out: list[str] = []
    for part, a, b in (
        ("model", model_state(updated.model), model_state(fresh.model)),
        ("views", views_state(updated.views), views_state(fresh.views)),
        ("search", index_state(updated.search), index_state(fresh.search)),
        ("expertise", index_state(updated.expertise), index_state(fresh.expertise)),
        ("answers", answers(updated), answers(fresh)),
    ):
        out += [f"{part}.{key}" for key in a if a[key] != b.get(key)]
    return out
