"""The analyst's workbench in the page: names typed as people type them (no suggestion picked, no umlauts,
ambiguous starts answered with "Meinten Sie"), and the network's path highlight cleared by the next search."""

from __future__ import annotations

import os
from typing import Any

import pytest

from tests.browser.test_page import Sample, api, find_sample

pytestmark = pytest.mark.browser
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


@pytest.fixture(scope="module")
def sample(server: str) -> Sample:
    return find_sample(server)


def cut_to_one(page: Any, pattern: str, key: str) -> None:
    """Answers of `pattern` with their list `key` cut to its first item, as the server cuts at 100."""

    def cut(route: Any) -> None:
        body = route.fetch().json()
        route.fulfill(json={**body, key: body[key][:1]})

    page.route(pattern, cut)


def shared_start(server: str) -> str:
    """A start of two persons' surnames (at least four letters) that names both."""
    surnames = sorted({p["name"].split()[-1] for p in api(server, "/persons", page_size="100")["items"]})
    for a, b in zip(surnames, surnames[1:], strict=False):
        n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
        if n >= 4 and len(api(server, "/lookup", q=a[:n], kind="person")["candidates"]) >= 2:
            return a[:n]
    raise AssertionError("the samples should have two surnames that start alike")


def unconnected(server: str, sample: Sample) -> dict[str, Any]:
    """A person with no path to the sample person."""
    for p in api(server, "/persons", page_size="100")["items"]:
        if not api(server, "/connections", a=sample.person["id"], b=p["id"])["paths"]:
            return dict(p)
    raise AssertionError("the samples should have two unconnected persons")


def open_path_form(page: Any) -> tuple[Any, Any]:
    page.goto("/#/network")
    page.locator("#path-a").wait_for()
    return page.get_by_label("A", exact=True), page.get_by_label("B", exact=True)


def test_typed_names_connect_without_picking_a_suggestion(page: Any, sample: Sample) -> None:
    a, b = open_path_form(page)
    a.fill(sample.person["name"].translate(UMLAUTS))  # as typed on a keyboard without umlauts
    b.fill(sample.other["name"])
    page.get_by_role("heading", name="Wie sind A und B verbunden?").click()  # leave the field: list closes
    page.get_by_role("button", name="Verbindung suchen").click()
    page.locator(".path-steps > li").first.wait_for()
    assert page.locator(".path-steps .evidence").count() >= 1


def test_an_ambiguous_typed_name_offers_the_candidates(page: Any, server: str, sample: Sample) -> None:
    start = shared_start(server)
    a, b = open_path_form(page)
    a.fill(start)
    b.fill(sample.person["name"])
    b.press("Enter")
    choices = page.locator(".did-you-mean button")
    choices.first.wait_for()
    assert choices.count() >= 2 and "mehrdeutig" in page.locator(".did-you-mean").inner_text()


def test_picking_a_candidate_searches_again(page: Any, server: str, sample: Sample) -> None:
    a, b = open_path_form(page)
    a.fill(shared_start(server))
    b.fill(sample.person["name"])
    b.press("Enter")
    page.locator(".did-you-mean button").first.click()
    page.locator(".path-result [role=status]").wait_for()
    assert page.locator(".did-you-mean").count() == 0


def test_header_search_suggests_a_name_typed_without_umlauts(page: Any, server: str) -> None:
    persons = api(server, "/persons", page_size="100")["items"]
    name = next(p["name"] for p in persons if p["name"] != p["name"].translate(UMLAUTS))
    page.goto("/")
    page.get_by_role("combobox").fill(name.split()[-1].translate(UMLAUTS))
    page.get_by_role("option").filter(has_text=name).first.wait_for()


def test_a_search_without_a_path_clears_the_last_path(page: Any, server: str, sample: Sample) -> None:
    if os.environ.get("KG_BROWSER_STORE"):
        pytest.fail("this test needs the sample store")
    lonely = unconnected(server, sample)
    page.goto(f"/#/network?focus=person:{sample.person['id']}")
    page.wait_for_function("() => document.querySelector('#net-status')?.dataset.nodes > 1")
    b = page.get_by_label("B", exact=True)
    b.fill(sample.other["name"])
    b.press("Enter")
    page.locator(".path-steps").wait_for()
    assert page.evaluate("window.kgNetwork.elements('.path').length") > 0
    b.fill(lonely["name"])
    b.press("Enter")
    page.get_by_text("Keine Verbindung").wait_for()
    assert page.evaluate("window.kgNetwork.elements('.path').length") == 0


def detail_with(server: str, kind: str, key: str) -> dict[str, Any]:
    """The first entity of `kind` (API collection) whose detail answer has a non-empty `key`."""
    for item in api(server, f"/{kind}", page_size="100")["items"]:
        d = api(server, f"/{kind}/{item['id']}")
        if d.get(key):
            return dict(d)
    raise AssertionError(f"the samples should have {kind} with {key}")


def test_the_network_sidebar_names_an_organizations_units_as_units(page: Any, server: str) -> None:
    org = detail_with(server, "organizations", "units")
    page.goto(f"/#/network?focus=organization:{org['id']}")
    items = page.locator(".selected .edge-list li")
    items.first.wait_for()
    lines = items.all_inner_texts()
    for unit in org["units"]:
        line = next(x for x in lines if unit["name"] in x)
        assert line.startswith("Einheit"), line


def test_the_network_shows_project_relations_in_german(page: Any, server: str) -> None:
    person = next(
        d
        for d in (
            api(server, f"/persons/{p['id']}") for p in api(server, "/persons", page_size="100")["items"]
        )
        if any(x["relation"] == "presented" for x in d["projects"])
    )
    page.goto(f"/#/network?focus=person:{person['id']}")
    page.locator(".selected .edge-list li").first.wait_for()
    text = page.locator(".selected").inner_text()
    assert "stellte vor" in text and "presented" not in text


def test_more_articles_are_paged_in(page: Any, server: str) -> None:
    """The detail answer cut to one article (the server cuts at 100): "Weitere Artikel" loads the rest."""
    org = next(
        d
        for d in (
            api(server, f"/organizations/{o['id']}")
            for o in api(server, "/organizations", page_size="100")["items"]
        )
        if d["articles_total"] >= 2
    )

    cut_to_one(page, f"**/organizations/{org['id']}", "articles")
    page.goto(f"/#/organization/{org['id']}")
    more = page.get_by_role("button", name="Weitere Artikel")
    more.wait_for()
    assert page.locator("ul.articles li").count() == 1
    more.click()
    page.wait_for_function(
        f"() => document.querySelectorAll('ul.articles li').length === {org['articles_total']}"
    )
    assert more.is_hidden()


def test_more_speakers_of_an_event_are_paged_in(page: Any, server: str) -> None:
    """The event answer cut to one speaker (the server cuts at 100): "Mehr anzeigen" loads the rest."""
    event = max(
        (api(server, f"/events/{e['id']}") for e in api(server, "/events", page_size="100")["items"]),
        key=lambda e: e["speakers_total"],
    )
    total = event["speakers_total"]
    assert total >= 2, "the samples should have an event with two speakers"

    cut_to_one(page, f"**/events/{event['id']}", "speakers")
    page.goto(f"/#/event/{event['id']}")
    more = page.get_by_role("button", name="Mehr anzeigen")
    more.wait_for()
    assert page.locator(".view-event ol.facts > li").count() == 1
    more.click()
    page.wait_for_function(
        "(n) => document.querySelectorAll('.view-event ol.facts > li').length === n", arg=total
    )
    assert more.is_hidden()


def test_more_talks_of_a_person_are_paged_in(page: Any, server: str) -> None:
    """The person answer cut to one talk (the server cuts each fact list at 100): "Mehr anzeigen" loads
    the rest through GET /persons/{id}/talks."""
    person = max(
        (api(server, f"/persons/{p['id']}") for p in api(server, "/persons", page_size="100")["items"]),
        key=lambda p: p["talks_total"],
    )
    total = person["talks_total"]
    assert total >= 2, "the samples should have a person with two talks"

    cut_to_one(page, f"**/persons/{person['id']}", "talks")
    page.goto(f"/#/person/{person['id']}")
    more = page.get_by_role("button", name="Mehr anzeigen")
    more.wait_for()
    talks = ".view-person section[aria-label='Vorträge'] ul.facts > li"
    assert page.locator(talks).count() == 1
    more.click()
    page.wait_for_function("([sel, n]) => document.querySelectorAll(sel).length === n", arg=[talks, total])
    assert more.is_hidden()
