"""Long lists of a detail answer: `*_limit`, `*_total` and the paged sub-resources; the shared views."""

from __future__ import annotations

from fastapi.testclient import TestClient
from pydantic import BaseModel

from service.readmodel.views import Views
from service.schemas import EventDetail, OrganizationDetail, PersonDetail, ProjectDetail


def stab_id(client: TestClient) -> str:
    return str(client.get("/organizations", params={"q": "Stabsstelle"}).json()["items"][0]["id"])


def test_detail_counts_all_articles_and_limits_the_list(client: TestClient) -> None:
    full = client.get("/persons/jan-wolf").json()
    assert full["articles_total"] == 2 and len(full["articles"]) == 2
    cut = client.get("/persons/jan-wolf", params={"articles_limit": 1}).json()
    assert cut["articles_total"] == 2 and cut["articles"] == full["articles"][:1]


def test_articles_sub_resource_pages_newest_first(client: TestClient) -> None:
    full = client.get("/persons/jan-wolf").json()["articles"]
    pages = [
        client.get("/persons/jan-wolf/articles", params={"page": n, "page_size": 1}).json() for n in (1, 2)
    ]
    assert [p["total"] for p in pages] == [2, 2]
    assert [p["items"][0] for p in pages] == full


def test_every_kind_has_an_articles_sub_resource(client: TestClient) -> None:
    for path in ("/organizations/" + stab_id(client), "/projects/aorta", "/events/digitalkonferenz-pfalz"):
        detail = client.get(path).json()
        page = client.get(f"{path}/articles").json()
        assert page["total"] == detail["articles_total"] >= 1 and page["items"] == detail["articles"]


def test_organization_members_limit_and_pages(client: TestClient) -> None:
    org = stab_id(client)
    full = client.get(f"/organizations/{org}").json()
    assert full["members_total"] == len(full["members"]) == 1
    cut = client.get(f"/organizations/{org}", params={"members_limit": 0}).json()
    assert cut["members"] == [] and cut["members_total"] == 1 and cut["member_count"] == 1
    page = client.get(f"/organizations/{org}/members").json()
    assert page["total"] == 1 and page["items"] == full["members"]
    assert client.get(f"/organizations/{org}/members", params={"page": 2}).json()["items"] == []


def test_event_speakers_limit_and_pages(client: TestClient) -> None:
    path = "/events/digitalkonferenz-pfalz"
    full = client.get(path).json()
    assert full["speakers_total"] == len(full["speakers"]) >= 2
    cut = client.get(path, params={"speakers_limit": 1}).json()
    assert cut["speakers"] == full["speakers"][:1] and cut["speakers_total"] == full["speakers_total"]
    assert len(cut["topics"]) <= 1
    pages = [client.get(f"{path}/speakers", params={"page": n, "page_size": 1}).json() for n in (1, 2)]
    assert [p["total"] for p in pages] == [full["speakers_total"]] * 2
    assert [p["items"][0] for p in pages] == full["speakers"][:2]


def test_sub_resources_of_unknown_entities_are_404(client: TestClient) -> None:
    for path in (
        "/organizations/nichts/members",
        "/persons/niemand/articles",
        "/events/nirgends/articles",
        "/events/nirgends/speakers",
    ):
        r = client.get(path)
        assert r.status_code == 404 and "search with GET" in r.json()["detail"]


def test_limits_are_validated(client: TestClient) -> None:
    assert client.get("/persons/jan-wolf", params={"articles_limit": -1}).status_code == 422
    assert client.get("/events/digitalkonferenz-pfalz", params={"articles_limit": 10_001}).status_code == 422


def test_detail_answers_validate_against_their_models(client: TestClient) -> None:
    """The views reuse shared sub-models: every answer must still be a valid instance of its model."""
    cases: list[tuple[str, type[BaseModel]]] = [
        ("/persons", PersonDetail),
        ("/organizations", OrganizationDetail),
        ("/projects", ProjectDetail),
        ("/events", EventDetail),
    ]
    for path, model in cases:
        for item in client.get(path, params={"page_size": 100}).json()["items"]:
            body = client.get(item["link"]).json()
            assert model.model_validate(body).model_dump(mode="json") == body


def test_shared_parts_answer_like_parts_built_per_request(client: TestClient) -> None:
    """The summaries, evidence and article lists built once per read model equal those built afresh."""
    state = client.app.state.kg  # type: ignore[attr-defined]
    client.get("/persons")
    snapshot = state.current_snapshot()
    model, views = snapshot.model, snapshot.views
    fresh = Views(model)
    for table in (fresh._summaries, fresh._evidence, fresh._articles_of):
        table.clear()  # every lookup of `fresh` now builds its parts from the records
    for kind, detail in (
        ("person", "person_detail"),
        ("org", "org_detail"),
        ("project", "project_detail"),
        ("event", "event_detail"),
    ):
        for e in model.of_kind(kind):
            assert getattr(views, detail)(e) == getattr(fresh, detail)(e)
