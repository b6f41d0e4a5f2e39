"""The article view, the date range of the detail pages and "Mehr anzeigen" in Chromium, on a store of
three dated invented articles (tests/service/dated_sample.py) served by `kg serve` on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import kg_serve
from tests.service.dated_sample import TEXT_2024, article_2022, article_2024, build_dated_store

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def dated_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = build_dated_store(tmp_path_factory.mktemp("dated") / "kg")
    with kg_serve(store, tmp_path_factory.mktemp("dated-server") / "serve.log") as url:
        yield url


@pytest.fixture()
def page(browser: Any, dated_server: str) -> Iterator[Any]:
    """A fresh page on the dated store's server; script errors and CSP violations fail the test."""
    context = browser.new_context(
        viewport={"width": 1280, "height": 800}, base_url=dated_server, locale="de-DE"
    )
    context.set_default_timeout(15_000)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None)
    yield pg
    context.close()
    assert not errors, f"script errors or CSP violations on the page: {errors}"


def open_article(page: Any, make: Any) -> None:
    article, _ = make()
    page.goto(f"/#/article/{article.id}")
    page.locator("#article-text").wait_for()


def test_article_text_is_shown_as_text(page: Any) -> None:
    open_article(page, article_2024)
    assert page.locator("#article-text").inner_text() == TEXT_2024


def test_persons_organizations_and_roles_are_marked_by_kind(page: Any) -> None:
    open_article(page, article_2024)
    text = page.locator("#article-text")
    assert text.locator(".m-person").all_inner_texts() == ["Max Alt", "Ida Berg", "Sie"]
    assert text.locator(".m-organization").first.inner_text() == "Bauamts Nordstadt"
    assert text.locator(".m-role").all_inner_texts() == ["Leiter", "Leiterin"]


def test_a_marked_person_links_to_its_page(page: Any) -> None:
    open_article(page, article_2024)
    page.locator("#article-text .m-person", has_text="Ida Berg").click()
    page.get_by_role("heading", name="Ida Berg").wait_for()


def test_the_legend_names_each_kind_shown(page: Any) -> None:
    open_article(page, article_2024)
    assert page.locator(".mention-legend li").all_inner_texts()[:3] == ["Person", "Organisation", "Rolle"]


def test_picking_a_fact_marks_its_evidence_in_the_text(page: Any, artifacts: Path) -> None:
    open_article(page, article_2024)
    assert page.locator("#article-text .evidence-active").count() == 0
    page.get_by_role("button", name="Ida Berg – Leiterin – Bauamt Nordstadt").click()
    marked = "".join(page.locator("#article-text .evidence-active").all_inner_texts())
    assert marked == "Seit Januar 2024 ist Ida Berg Leiterin des Bauamts Nordstadt."
    assert "Beleg markiert" in page.locator(".fact-status").inner_text()
    page.screenshot(path=str(artifacts / "article-view.png"), full_page=True)


def test_picking_another_fact_moves_the_mark(page: Any) -> None:
    open_article(page, article_2024)
    page.get_by_role("button", name="Ida Berg – Leiterin – Bauamt Nordstadt").click()
    page.get_by_role("button", name="Max Alt – Leiter – Bauamt Nordstadt").click()
    marked = "".join(page.locator("#article-text .evidence-active").all_inner_texts())
    assert marked == "Max Alt war bis Ende 2023 Leiter des Bauamts Nordstadt."


def test_a_role_time_hint_is_shown_beside_its_fact(page: Any) -> None:
    open_article(page, article_2024)
    button = page.get_by_role("button", name="Max Alt – Leiter – Bauamt Nordstadt")
    assert button.locator(".time").inner_text() == "bis Ende 2023"


def test_the_article_date_is_shown(page: Any) -> None:
    open_article(page, article_2022)
    assert "erschienen am 1.6.2022" in page.locator(".article-meta").inner_text()


def test_date_range_keeps_only_members_of_that_time(page: Any) -> None:
    page.goto("/#/organization/bauamt-nordstadt")
    members = page.locator("ul.members > li .fact-line a.entity")
    members.first.wait_for()
    assert sorted(set(members.all_inner_texts())) == ["Eva Rot", "Ida Berg", "Max Alt"]
    page.get_by_label("Von").fill("2024")
    page.get_by_label("Bis").fill("2024-12-31")
    page.get_by_role("button", name="Zeitraum anwenden").click()
    page.wait_for_function("() => window.location.hash.includes('from=2024')")
    page.locator(".date-range .range-note").wait_for()
    assert members.all_inner_texts() == ["Ida Berg"]


def test_a_bad_date_is_refused_in_german(page: Any) -> None:
    page.goto("/#/person/max-alt")
    page.get_by_label("Von").fill("letztes Jahr")
    page.get_by_role("button", name="Zeitraum anwenden").click()
    assert "kein Datum" in page.get_by_role("alert").inner_text()
    assert "from=" not in page.evaluate("() => window.location.hash")


def test_all_times_clears_the_range(page: Any) -> None:
    page.goto("/#/person/max-alt?from=2024")
    page.get_by_role("button", name="Alle Zeiten").click()
    page.wait_for_function("() => !window.location.hash.includes('from=')")
    page.locator("section[aria-label='Rollen'] li").nth(1).wait_for()


def test_more_members_are_paged_in(page: Any) -> None:
    """The detail answer cut to one member (the server cuts at 100): "Mehr anzeigen" loads the rest."""

    def cut(route: Any) -> None:
        body = route.fetch().json()
        route.fulfill(json={**body, "members": body["members"][:1]})

    page.route("**/organizations/bauamt-nordstadt", cut)
    page.goto("/#/organization/bauamt-nordstadt")
    more = page.get_by_role("button", name="Mehr anzeigen")
    more.wait_for()
    assert page.locator("ul.members > li").count() == 1
    more.click()
    page.wait_for_function("() => document.querySelectorAll('ul.members > li').length === 4")
    assert more.is_hidden()
    assert "4 von 4" in page.locator(".more-status").inner_text()
