"""GET /projects and /events: people of a project, speakers and topics of an event."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_project_lists_people_with_relation(client: TestClient) -> None:
    project = client.get("/projects/aorta").json()
    assert project["person_count"] == 1
    assert {(p["person"]["name"], p["relation"]) for p in project["people"]} == {
        ("Jan Wolf", "presented"),
        ("Jan Wolf", "responsible"),
    }


def test_project_list_filters_by_name(client: TestClient) -> None:
    assert client.get("/projects", params={"q": "aor"}).json()["total"] == 1
    assert client.get("/projects", params={"q": "xyz"}).json()["total"] == 0


def test_event_has_speakers_and_topics(client: TestClient) -> None:
    event = client.get("/events/digitalkonferenz-pfalz").json()
    assert {s["person"]["name"] for s in event["speakers"]} == {"Eleonore Baj", "Jan Wolf"}
    assert event["topics"] == ["Krisenmanagement in Kommunen"]


def test_event_list(client: TestClient) -> None:
    items = client.get("/events").json()["items"]
    assert [e["name"] for e in items] == ["Digitalkonferenz Pfalz"] and items[0]["speaker_count"] == 2


def test_unknown_event_is_404(client: TestClient) -> None:
    assert client.get("/events/nirgends").status_code == 404
