"""Long lists of a detail answer on a store where one person, organization and event gather many facts:
a person's fact lists capped at `facts_limit` with `*_total` and paged sub-resources, and every detail
answer built from the lists the views keep per entity (no per-request gathering or sorting), which a
write keeps up to date."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from graph.generation import changes_since, marker_seq, read_generation
from graph.store import KnowledgeStore
from service import live
from service.app import create_app
from service.readmodel.model import ReadModel
from service.readmodel.views import Views
from service.settings import Settings
from tests.bench.synthetic import FIRST, Drawn, compose

VERSION = "test-1"
UNIT = "Referat Digitalisierung Mainz"
EVENT = "Fachtagung Mainz 2024"
FACT_LISTS = {  # sub-resource -> field of the detail answer
    "roles": "role_facts",
    "affiliations": "affiliations",
    "talks": "talks",
    "projects": "projects",
    "quotes": "quotes",
}


def drawn(n: int, person: str, unit: str = UNIT) -> Drawn:
    return Drawn(
        person=person,
        other=f"{FIRST[n]} Kern",
        role=("Referent", "referent"),
        unit=unit,
        parent="Stadtverwaltung Mainz",
        event=EVENT,
        topic=f"Thema {n}",
        project=f"Aorta {n}",
    )


def write(ks: KnowledgeStore, n: int, d: Drawn) -> None:
    ks.ingest(*compose(n, d), pipeline_version=VERSION)


def fill(ks: KnowledgeStore) -> None:
    """Seven members of UNIT (names out of order), all speaking at EVENT; Greta Lang in five more
    articles (five units, five talks, five quotes)."""
    for n, first in enumerate(["Zoe", "Anna", "Paul", "Mara", "Felix", "Clara"]):
        write(ks, n, drawn(n + 10, f"{first} Lang"))
    for n in range(6, 11):
        write(ks, n, drawn(n, "Greta Lang", unit=f"Referat Digitalisierung {n}"))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("long") / "kg"
    with KnowledgeStore(path) as ks:
        fill(ks)
    return path


@pytest.fixture(scope="module")
def client(store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(store=store, sparql_workers=1))) as c:
        yield c


def org_id(client: TestClient) -> str:
    return str(client.get("/organizations", params={"q": UNIT}).json()["items"][0]["id"])


def event_id(client: TestClient) -> str:
    return str(client.get("/events", params={"q": EVENT}).json()["items"][0]["id"])


def greta(client: TestClient) -> str:
    return str(client.get("/persons", params={"q": "Greta Lang"}).json()["items"][0]["id"])


def test_person_detail_cuts_every_fact_list_at_facts_limit_and_counts_all(client: TestClient) -> None:
    full = client.get(f"/persons/{greta(client)}").json()
    assert full["role_facts_total"] == len(full["role_facts"]) == 5
    assert full["talks_total"] == full["quotes_total"] == 5
    cut = client.get(f"/persons/{greta(client)}", params={"facts_limit": 2}).json()
    for field in FACT_LISTS.values():
        assert cut[field] == full[field][:2], field
        assert cut[f"{field}_total"] == full[f"{field}_total"] == len(full[field]), field


def test_person_fact_lists_page_through_in_the_order_of_the_detail(client: TestClient) -> None:
    pid = greta(client)
    full = client.get(f"/persons/{pid}").json()
    for sub, field in FACT_LISTS.items():
        items: list[Any] = []
        for page in (1, 2, 3, 4):
            body = client.get(f"/persons/{pid}/{sub}", params={"page": page, "page_size": 2}).json()
            assert body["total"] == full[f"{field}_total"], sub
            items += body["items"]
        assert items == full[field], sub


def test_person_fact_lists_of_unknown_persons_are_404(client: TestClient) -> None:
    for sub in FACT_LISTS:
        r = client.get(f"/persons/niemand/{sub}")
        assert r.status_code == 404 and "search with GET" in r.json()["detail"]


def test_person_facts_limit_is_validated(client: TestClient) -> None:
    assert client.get(f"/persons/{greta(client)}", params={"facts_limit": -1}).status_code == 422
    assert client.get(f"/persons/{greta(client)}", params={"facts_limit": 10_001}).status_code == 422


def test_dated_person_detail_counts_what_the_range_keeps(client: TestClient) -> None:
    """Articles 6-10 are dated 2023-01-07 .. 2023-01-11: a range of two days keeps two of each."""
    pid = greta(client)
    dates = {"from": "2023-01-08", "to": "2023-01-09"}
    d = client.get(f"/persons/{pid}", params={**dates, "facts_limit": 1}).json()
    assert d["talks_total"] == 2 and len(d["talks"]) == 1
    page = client.get(f"/persons/{pid}/talks", params=dates).json()
    assert page["total"] == 2 and page["items"][:1] == d["talks"]


def test_members_are_sorted_by_name_and_cut(client: TestClient) -> None:
    org = org_id(client)
    full = client.get(f"/organizations/{org}").json()
    names = [m["person"]["name"] for m in full["members"]]
    assert names == sorted(names) and len(names) == full["members_total"] == 6
    cut = client.get(f"/organizations/{org}", params={"members_limit": 3}).json()
    assert cut["members"] == full["members"][:3] and cut["members_total"] == 6


def test_detail_answers_come_from_the_kept_lists(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """No detail answer or page gathers an entity's facts per request: with the functions that would
    gather them broken, every answer is the same."""
    paths = [
        f"/persons/{greta(client)}",
        f"/persons/{greta(client)}/talks",
        f"/organizations/{org_id(client)}",
        f"/organizations/{org_id(client)}/members",
        f"/events/{event_id(client)}",
        f"/events/{event_id(client)}/speakers",
    ]
    before = [client.get(p, params={"x": 1}).json() for p in paths]  # query: past the response cache

    def gathers(*_: object) -> None:
        raise AssertionError("gathered per request")

    for name in ("facts_about", "facts_of"):
        monkeypatch.setattr(ReadModel, name, gathers)
    model = client.app.state.kg.current_snapshot().model  # type: ignore[attr-defined]
    for name in ("by_subject", "by_object"):  # an entity's facts, unsorted
        monkeypatch.setattr(model, name, Gathering())
    for name in ("_lists_of", "_build_member_rows", "_person_facts"):
        monkeypatch.setattr(Views, name, gathers)
    assert [client.get(p, params={"x": 2}).json() for p in paths] == before


class Gathering(dict[str, Any]):
    def get(self, *_: object) -> Any:
        raise AssertionError("gathered per request")

    __getitem__ = get


def advance(ks: KnowledgeStore, snapshot: live.Snapshot) -> live.Snapshot:
    assert ks.path is not None
    upto = marker_seq(read_generation(ks.path))
    changes = changes_since(ks.path, snapshot.seq, upto)
    assert changes is not None
    return live.advance(snapshot, ks.store, {c.graph for c in changes}, upto)


def test_a_write_keeps_the_member_rows_and_talks_up_to_date(tmp_path: Path) -> None:
    """A new member whose name sorts first is first after the update, a deleted one is gone, and the
    kept lists equal those of a fresh build."""
    with KnowledgeStore(tmp_path / "kg") as ks:
        fill(ks)
        snapshot = live.build(ks.store, marker_seq(read_generation(tmp_path / "kg")))
        write(ks, 20, drawn(20, "Aaron Aal"))
        assert ks.delete("https://example.org/news/1")  # Anna Lang
        snapshot = advance(ks, snapshot)
        views, fresh = snapshot.views, Views(snapshot.model)
        org = snapshot.model.find("org", UNIT)[0]
        event = snapshot.model.find("event", EVENT)[0]
        names = [m.person.name for m in views.members(org.iri)]
        assert names[0] == "Aaron Aal" and "Anna Lang" not in names and names == sorted(names)
        assert views._lists == fresh._lists
        assert views.event_detail(event) == fresh.event_detail(event)
