"""Settings from KG_* variables, health, OpenAPI, JSON errors and the web page mount."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from service.settings import Settings


def test_settings_read_kg_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_SPARQL_TIMEOUT", "2.5")
    monkeypatch.setenv("KG_API_TOKEN", "geheim")
    monkeypatch.setenv("KG_STORE", "/tmp/kg-test")
    s = Settings()
    assert s.sparql_timeout == 2.5 and s.api_token is not None and s.api_token.get_secret_value() == "geheim"
    assert str(s.store) == "/tmp/kg-test"


def test_default_timeout_is_ten_seconds() -> None:
    assert Settings.model_fields["sparql_timeout"].default == 10.0


def test_health(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["articles"] == 2 and body["writes_enabled"] is False


def test_openapi_lists_every_resource_with_examples(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in [
        "/persons",
        "/organizations/{org_id}",
        "/projects",
        "/events/{event_id}",
        "/articles",
        "/search",
        "/expertise",
        "/extract",
        "/sparql",
        "/health",
    ]:
        assert path in spec["paths"], path
    assert "example" in spec["paths"]["/extract"]["post"]["requestBody"]["content"]["text/plain"]


def test_unknown_path_is_json_404(client: TestClient) -> None:
    r = client.get("/gibt/es/nicht")
    assert r.status_code == 404 and "detail" in r.json()


def test_web_page_or_docs_at_root(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and "html" in r.headers["content-type"]


def test_docs_load_swagger_from_the_vendored_files(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/vendor/swagger-ui/swagger-ui-bundle.js" in page.text
    assert "cdn" not in page.text.lower()
    assert client.get("/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
