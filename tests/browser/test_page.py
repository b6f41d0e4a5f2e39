"""The analyst page end to end: search -> person page with evidence -> network (render, expand, path) ->
SPARQL editor with example queries; screenshots of each page land in test-artifacts/."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

PERSON = "Okafor"  # keynote speaker of the Digitaltag sample (s01): has an affiliation and talks


def api(server: str, path: str, **params: str) -> Any:
    url = f"{server}{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.load(resp)


@pytest.fixture(scope="module")
def person(server: str) -> dict[str, Any]:
    items = api(server, "/persons", q=PERSON)["items"]
    assert items, f"the sample corpus should yield a person named {PERSON}"
    return dict(items[0])


def shot(page: Any, artifacts: Path, name: str) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def test_search_suggestions_open_the_person_page(page: Any, artifacts: Path, person: dict[str, Any]) -> None:
    page.goto("/")
    page.get_by_role("combobox").fill(PERSON)
    option = page.get_by_role("option").filter(has_text=person["name"]).first
    option.wait_for()
    shot(page, artifacts, "01-search-suggestions")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/#/person/{person['id']}")
    assert page.locator("h1").inner_text() == person["name"]


def test_person_page_shows_evidence_with_highlight_and_article(page: Any, artifacts: Path,
                                                               person: dict[str, Any]) -> None:
    page.goto(f"/#/person/{person['id']}")
    evidence = page.locator(".evidence").first
    evidence.wait_for()
    assert evidence.locator("mark").count() >= 1
    shot(page, artifacts, "02-person")
    evidence.locator("a.article-link").click()
    page.wait_for_url("**/#/article/**")
    page.locator(".view-article h1").wait_for()
    assert page.locator(".fact").count() >= 1
    shot(page, artifacts, "03-article")


def test_organization_page_shows_hierarchy_and_members(page: Any, artifacts: Path, server: str) -> None:
    orgs = api(server, "/organizations", page_size="100")["items"]
    unit = next(o for o in orgs if o.get("parent") and o.get("member_count"))
    page.goto(f"/#/organization/{unit['id']}")
    tree = page.locator(".tree.root")
    tree.wait_for()
    assert tree.get_by_role("link", name=unit["parent"]["name"]).count() == 1
    assert page.locator(".fact .evidence").count() >= 1
    shot(page, artifacts, "10-organization")


def test_topic_page_ranks_experts_with_evidence(page: Any, artifacts: Path, server: str,
                                                person: dict[str, Any]) -> None:
    topic = next(t["topic"] for t in api(server, f"/persons/{person['id']}")["talks"] if t.get("topic"))
    page.goto(f"/#/topic/{urllib.parse.quote(topic)}")
    first = page.locator(".ranking > li").first
    first.wait_for()
    assert page.locator(".ranking .evidence").count() >= 1
    assert person["name"] in page.locator(".ranking").inner_text()
    shot(page, artifacts, "11-topic")


def _node_count(page: Any) -> int:
    return int(page.locator("#net-status").get_attribute("data-nodes") or 0)


def test_network_renders_neighbourhood_and_expands_on_click(page: Any, artifacts: Path,
                                                            person: dict[str, Any]) -> None:
    page.goto(f"/#/network?focus=person:{person['id']}")
    page.wait_for_function("document.querySelector('#net-status')?.dataset.nodes > 1")
    before = _node_count(page)
    target = page.evaluate("""() => {
        const open = window.kgNetwork.nodes().filter((x) => !x.hasClass('expanded'));
        const n = open.filter((x) => x.data('kind') === 'event')[0] || open[0];  // an event: many speakers
        const p = n.renderedPosition();
        return {id: n.id(), x: p.x, y: p.y};
    }""")
    box = page.locator("#cy").bounding_box()
    page.mouse.click(box["x"] + target["x"], box["y"] + target["y"])
    page.wait_for_function(f"window.kgNetwork.getElementById({json.dumps(target['id'])}).hasClass('expanded')")
    page.wait_for_function(f"document.querySelector('#net-status').dataset.nodes > {before}")
    page.wait_for_timeout(200)  # let the layout settle for the screenshot
    shot(page, artifacts, "04-network-expanded")


def test_network_filter_hides_a_relation_type(page: Any, person: dict[str, Any]) -> None:
    page.goto(f"/#/network?focus=person:{person['id']}")
    page.wait_for_function("document.querySelector('#net-status')?.dataset.nodes > 1")
    before = _node_count(page)
    for box in page.locator(".filters input").all():
        box.uncheck()
    assert _node_count(page) < before


def test_network_shows_path_between_two_entities(page: Any, artifacts: Path, server: str,
                                                 person: dict[str, Any]) -> None:
    detail = api(server, f"/persons/{person['id']}")
    event = next(t["event"] for t in detail["talks"] if t.get("event"))
    other = next(s["person"] for s in api(server, f"/events/{event['id']}")["speakers"]
                 if s["person"]["id"] != person["id"])
    page.goto(f"/#/network?focus=person:{person['id']}")
    page.wait_for_function("document.querySelector('#net-status')?.dataset.nodes > 1")
    b = page.get_by_label("B", exact=True)
    b.fill(other["name"])
    page.get_by_role("option").filter(has_text=other["name"]).first.click()
    page.get_by_role("button", name="Verbindung suchen").click()
    steps = page.locator(".path-steps > li")
    steps.first.wait_for()
    assert steps.count() >= 1
    assert page.locator(".path-steps .evidence").count() >= 1
    shot(page, artifacts, "05-network-path")


def test_sparql_examples_return_rows(page: Any, artifacts: Path) -> None:
    page.goto("/#/sparql")
    page.locator(".CodeMirror").wait_for()
    page.wait_for_function("Number(document.querySelector('#sparql-status')?.dataset.rows) > 0")
    assert page.locator(".results-table tbody tr").count() > 0
    shot(page, artifacts, "06-sparql-roles")
    page.get_by_label("Beispielabfrage").select_option("redner")
    page.wait_for_function("document.querySelector('.results-table th')?.textContent === 'veranstaltung'")
    assert page.locator(".results-table tbody tr").count() > 0
    shot(page, artifacts, "07-sparql-speakers")


@pytest.mark.parametrize("page", [{"width": 390, "height": 844}], indirect=True)
def test_narrow_screen_has_no_horizontal_scroll(page: Any, artifacts: Path, person: dict[str, Any]) -> None:
    page.goto(f"/#/person/{person['id']}")
    page.locator(".evidence").first.wait_for()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    shot(page, artifacts, "08-person-narrow")
    page.goto(f"/#/network?focus=person:{person['id']}")
    page.wait_for_function("document.querySelector('#net-status')?.dataset.nodes > 1")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    shot(page, artifacts, "09-network-narrow")
