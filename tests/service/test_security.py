"""Security headers and CSP on every answer, trusted hosts, offline docs, JSON for unexpected errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.settings import Settings


@pytest.mark.parametrize("path", ["/", "/health", "/persons/jan-wolf", "/gibt/es/nicht", "/docs", "/sparql"])
def test_security_headers_on_every_answer(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp


def test_unknown_host_is_refused(client: TestClient) -> None:
    r = client.get("/sparql", headers={"host": "evil.example"})
    assert r.status_code == 400
    assert "evil.example" not in r.text  # the service description never echoes a foreign host


def test_allowed_hosts_setting_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_ALLOWED_HOSTS", "kg.example.org, localhost")
    assert Settings().allowed_hosts == ["kg.example.org", "localhost"]
    assert {"127.0.0.1", "localhost", "testserver"} <= set(Settings.model_fields["allowed_hosts"].default)


def test_redoc_is_off(client: TestClient) -> None:
    assert client.get("/redoc").status_code == 404


def test_docs_page_needs_no_inline_script_and_no_other_origin(client: TestClient) -> None:
    page = client.get("/docs").text
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), "inline scripts are blocked by the CSP"
    for url in re.findall(r'(?:src|href)="([^"]+)"', page):
        if url == "data:,":  # the empty favicon
            continue
        assert url.startswith("/") and not url.startswith("//"), url
        assert client.get(url).status_code == 200, url


def test_unexpected_error_is_json_500_with_security_headers(sample_store: Path) -> None:
    app = create_app(Settings(store=sample_store, sparql_workers=1))

    def broken() -> None:
        raise RuntimeError("kaputt")

    app.add_api_route("/kaputt", broken)
    app.router.routes.insert(0, app.router.routes.pop())  # before the web page mounted at /
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/kaputt")
    assert r.status_code == 500 and "kaputt" not in r.text and "detail" in r.json()
    assert r.headers["x-content-type-options"] == "nosniff"
