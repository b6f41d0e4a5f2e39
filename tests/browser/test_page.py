"""The analyst page end to end: search -> person page with evidence -> network (render, expand, path) ->
SPARQL editor with example queries; screenshots of each page land in test-artifacts/."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser


def api(server: str, path: str, **params: str) -> Any:
    url = f"{server}{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.load(resp)


@dataclass(frozen=True)
class Sample:
    """Entities the tests walk through, chosen from whatever the pipeline extracted from the samples."""

    person: dict[str, Any]  # has an organization with evidence
    org: dict[str, Any]  # that organization: it links to more than the person (expanding it adds nodes)
    other: dict[str, Any]  # linked to `org`, so person - org - other is a path
    topic: str  # a talk topic, project or organization name: something to ask /expertise about


def find_sample(server: str) -> Sample:
    """The person whose organization links to the most other entities (a readable network to test)."""
    topics: list[str] = []
    best: tuple[int, dict[str, Any], dict[str, Any], dict[str, Any]] | None = None
    for p in api(server, "/persons", page_size="100")["items"]:
        d = api(server, f"/persons/{p['id']}")
        topics += [t["topic"] for t in d["talks"] if t.get("topic")]
        topics += [x["project"]["name"] for x in d["projects"]]
        orgs = [r["organization"] for r in d["role_facts"] if r.get("organization") and r["evidence"]]
        orgs += [a["organization"] for a in d["affiliations"] if a["evidence"]]
        for org in orgs:
            o = api(server, f"/organizations/{org['id']}")
            linked = [m["person"] for m in o["members"] if m["person"]["id"] != p["id"]]
            linked += o["parents"][:1] + o["units"] + o["events"]
            if linked and (best is None or len(linked) > best[0]):
                best = (len(linked), p, org, linked[0])
    assert best, "the sample corpus should yield a person in an organization that links to more"
    return Sample(*best[1:], topic=(topics or [best[2]["name"]])[0])


@pytest.fixture(scope="module")
def sample(server: str) -> Sample:
    return find_sample(server)


@pytest.fixture(scope="module")
def person(sample: Sample) -> dict[str, Any]:
    return sample.person


def shot(page: Any, artifacts: Path, name: str) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def test_search_suggestions_open_the_person_page(page: Any, artifacts: Path, person: dict[str, Any]) -> None:
    page.goto("/")
    page.get_by_role("combobox").fill(person["name"].split()[-1])
    option = page.get_by_role("option").filter(has_text=person["name"]).first
    option.wait_for()
    shot(page, artifacts, "01-search-suggestions")
    for _ in range(page.get_by_role("option").count()):  # arrow down to the person (keyboard only)
        page.keyboard.press("ArrowDown")
        if person["name"] in page.locator("[role=option][aria-selected=true]").inner_text():
            break
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/#/person/{person['id']}")
    heading = page.locator("h1").filter(has_text=person["name"])
    heading.wait_for()  # the page renders after the hash changes (the first answer builds the read model)
    assert heading.inner_text() == person["name"]


def test_typing_while_the_overview_loads_keeps_the_focus_in_the_search_box(
    page: Any, person: dict[str, Any]
) -> None:
    """The overview's lists answer only after the reader has typed: its heading must not take the focus
    (and close the suggestions) when it finally renders."""
    held: list[Any] = []
    lists = {"/persons", "/organizations", "/projects", "/events"}

    def is_list(url: str) -> bool:
        return urllib.parse.urlparse(url).path in lists

    def hold(route: Any) -> None:
        held.append(route)

    page.route(is_list, hold)
    page.goto("/", wait_until="domcontentloaded")
    box = page.get_by_role("combobox")
    box.fill(person["name"].split()[-1])
    page.get_by_role("option").filter(has_text=person["name"]).first.wait_for()
    assert held, "the overview should still be waiting for its lists"
    for route in held:
        route.continue_()
    page.unroute(is_list, hold)
    page.locator(".view-home h1").wait_for()
    page.wait_for_timeout(300)  # a stolen focus closes the list 100 ms after the blur
    assert box.evaluate("el => el === document.activeElement")
    assert page.get_by_role("option").filter(has_text=person["name"]).first.is_visible()


def test_person_page_shows_evidence_with_highlight_and_article(
    page: Any, artifacts: Path, person: dict[str, Any]
) -> None:
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


def test_organization_page_shows_hierarchy_and_members(
    page: Any, artifacts: Path, server: str, sample: Sample
) -> None:
    orgs = api(server, "/organizations", page_size="100")["items"]
    org = next((o for o in orgs if o.get("parent") and o.get("member_count")), sample.org)
    page.goto(f"/#/organization/{org['id']}")
    tree = page.locator(".tree.root")
    tree.wait_for()
    assert org["name"] in tree.inner_text()
    if org.get("parent"):
        assert tree.get_by_role("link", name=org["parent"]["name"]).count() == 1
    if org.get("member_count"):
        assert page.locator(".fact .evidence").count() >= 1
    shot(page, artifacts, "10-organization")


def test_topic_page_ranks_experts_with_evidence(page: Any, artifacts: Path, sample: Sample) -> None:
    page.goto(f"/#/topic/{urllib.parse.quote(sample.topic)}")
    page.locator(".ranking > li").first.wait_for()
    assert page.locator(".ranking .evidence").count() >= 1
    shot(page, artifacts, "11-topic")


def _node_count(page: Any) -> int:
    return int(page.locator("#net-status").get_attribute("data-nodes") or 0)


def _open_network(page: Any, sample: Sample) -> int:
    page.goto(f"/#/network?focus=person:{sample.person['id']}")
    page.wait_for_function("() => document.querySelector('#net-status')?.dataset.nodes > 1")
    return _node_count(page)


def test_network_renders_neighbourhood_and_expands_on_click(
    page: Any, artifacts: Path, sample: Sample
) -> None:
    before = _open_network(page, sample)
    org_node = json.dumps(f"organization:{sample.org['id']}")
    at = page.evaluate(f"window.kgNetwork.getElementById({org_node}).renderedPosition()")
    box = page.locator("#cy").bounding_box()
    page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
    page.wait_for_function(f"() => window.kgNetwork.getElementById({org_node}).hasClass('expanded')")
    page.wait_for_function(f"() => document.querySelector('#net-status').dataset.nodes > {before}")
    page.wait_for_timeout(200)  # let the layout settle for the screenshot
    shot(page, artifacts, "04-network-expanded")


def test_network_node_list_expands_by_keyboard(page: Any, sample: Sample) -> None:
    before = _open_network(page, sample)
    page.locator(f'#node-list li[data-node="organization:{sample.org["id"]}"] button').focus()
    page.keyboard.press("Enter")
    page.wait_for_function(f"() => document.querySelector('#net-status').dataset.nodes > {before}")


def test_network_filter_hides_a_relation_type(page: Any, sample: Sample) -> None:
    before = _open_network(page, sample)
    for box in page.locator(".filters input").all():
        box.uncheck()
    assert _node_count(page) < before


def test_network_shows_path_between_two_entities(page: Any, artifacts: Path, sample: Sample) -> None:
    _open_network(page, sample)
    b = page.get_by_label("B", exact=True)
    b.fill(sample.other["name"])
    page.get_by_role("option").filter(has_text=sample.other["name"]).first.click()
    page.get_by_role("button", name="Verbindung suchen").click()
    steps = page.locator(".path-steps > li")
    steps.first.wait_for()
    assert 1 <= steps.count() <= 2  # person - organization - other, or shorter
    assert page.locator(".path-steps .evidence").count() >= 1
    shot(page, artifacts, "05-network-path")


def test_sparql_examples_return_rows(page: Any, artifacts: Path) -> None:
    page.goto("/#/sparql")
    page.locator(".CodeMirror").wait_for()
    page.wait_for_function("() => Number(document.querySelector('#sparql-status')?.dataset.rows) > 0")
    assert page.locator(".results-table tbody tr").count() > 0
    shot(page, artifacts, "06-sparql-roles")
    page.get_by_label("Beispielabfrage").select_option("redner")
    page.wait_for_function(
        "() => document.querySelector('.results-table th')?.textContent === 'veranstaltung'"
    )
    shot(page, artifacts, "07-sparql-speakers")


@pytest.mark.parametrize("page", [{"width": 390, "height": 844}], indirect=True)
def test_narrow_screen_has_no_horizontal_scroll(page: Any, artifacts: Path, person: dict[str, Any]) -> None:
    page.goto(f"/#/person/{person['id']}")
    page.locator(".evidence").first.wait_for()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    shot(page, artifacts, "08-person-narrow")
    page.goto(f"/#/network?focus=person:{person['id']}")
    page.wait_for_function("() => document.querySelector('#net-status')?.dataset.nodes > 1")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    shot(page, artifacts, "09-network-narrow")


AXE = Path(__file__).with_name("vendor") / "axe-core" / "axe.min.js"
AXE_RULES = ["wcag2a", "wcag2aa", "best-practice"]


def test_pages_pass_axe_accessibility_rules(page: Any, server: str, sample: Sample) -> None:
    """Contrast, labels, landmarks, keyboard-reachable regions: no serious or critical axe-core finding."""
    person = sample.person
    routes = {
        "/#/": ".view-home .card",
        f"/#/person/{person['id']}": ".view-person .evidence",
        f"/#/organization/{sample.org['id']}": ".view-organization .card",
        f"/#/topic/{urllib.parse.quote(sample.topic)}": ".view-topic .ranking",
        f"/#/network?focus=person:{person['id']}": ".view-network #net-status[data-nodes]",
        "/#/sparql": ".view-sparql .results-table",
    }
    for event in api(server, "/events", page_size="1")["items"]:
        routes[f"/#/event/{event['id']}"] = ".view-event h1"
    problems = []
    for route, ready in routes.items():
        page.goto(route)
        page.locator(ready).first.wait_for()
        if not page.evaluate("typeof axe !== 'undefined'"):  # hash routes keep the document, and axe
            page.evaluate(AXE.read_text(encoding="utf-8"))  # not a <script> tag: the CSP blocks inline ones
        result = page.evaluate(
            "(tags) => axe.run(document, {runOnly: tags, resultTypes: ['violations']})", AXE_RULES
        )
        problems += [
            f"{route}: {v['id']} ({v['impact']}) at {[n['target'] for n in v['nodes'][:3]]}"
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]
    assert not problems, "\n".join(problems)


def test_api_docs_render_from_vendored_files(page: Any, artifacts: Path) -> None:
    """Swagger UI at /docs: no CDN, no inline script (the CSP allows neither), every operation listed."""
    page.goto("/docs")
    page.locator(".opblock-summary-path", has_text="/persons").first.wait_for()
    assert page.locator(".opblock").count() >= 10
    shot(page, artifacts, "docs")
