"""POST /extract and POST /articles on unusual bodies: declared charsets, lone surrogates, long texts."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from spacy.language import Language

from nlp.pipeline import load_pipeline
from tests.service.conftest import auth

TEXT = "Die Landrätin Petra Möller vom Landkreis Südheide eröffnete die Fachtagung in Görlitz."


@pytest.fixture(scope="module")
def pipeline() -> Language:
    return load_pipeline()  # the app's pipeline: loaded once, shared through the lru_cache


def _post(client: TestClient, body: bytes, content_type: str) -> tuple[int, dict[str, object]]:
    r = client.post("/extract", content=body, headers={"content-type": content_type})
    return r.status_code, r.json()


def test_extract_honours_a_windows_1252_charset(client: TestClient, pipeline: Language) -> None:
    status, facts = _post(client, TEXT.encode("cp1252"), "text/plain; charset=windows-1252")
    assert status == 200
    assert "Petra Möller" in [p["name"] for p in facts["persons"]]  # type: ignore[attr-defined]


def test_extract_reads_a_title_with_a_soft_hyphen_and_answers_offsets_of_the_posted_text(
    client: TestClient, pipeline: Language
) -> None:
    text = TEXT.replace("Landrätin", "Land\u00adrätin")
    status, facts = _post(client, text.encode(), "text/plain; charset=utf-8")
    assert status == 200
    (role,) = facts["roles"]  # type: ignore[misc]
    assert role["role"] == "Landrätin"
    evidence = role["evidence"]
    assert text[evidence["start"] : evidence["end"]] == evidence["sentence"] == text


def test_extract_with_an_unknown_charset_is_415(client: TestClient) -> None:
    status, answer = _post(client, TEXT.encode(), "text/plain; charset=klingonisch")
    assert status == 415 and "klingonisch" in str(answer["detail"])


def test_extract_with_a_codec_that_is_no_text_encoding_is_415(client: TestClient) -> None:
    status, _ = _post(client, b"RGVyIFJhdA==", "text/plain; charset=base64")
    assert status == 415


def test_extract_with_bytes_invalid_in_the_declared_charset_is_400(client: TestClient) -> None:
    status, answer = _post(client, b"Der Rat \xff tagte.", "text/plain; charset=utf-8")
    assert status == 400 and "not valid utf-8" in str(answer["detail"])


def test_extract_of_an_escaped_lone_surrogate_is_answered(client: TestClient, pipeline: Language) -> None:
    body = '{"text": "Frau \\ud800 Petra Möller leitet das Bauamt."}'.encode()
    status, facts = _post(client, body, "application/json")
    assert status == 200 and isinstance(facts["persons"], list)


def test_extract_of_json_with_an_overlong_integer_is_400(client: TestClient) -> None:
    status, _ = _post(client, b'{"text": "Der Rat tagte.", "n": ' + b"7" * 5000 + b"}", "application/json")
    assert status == 400


def test_extract_of_a_text_over_max_length_is_answered(
    client: TestClient, pipeline: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "max_length", 200)
    text = "\n\n".join([TEXT] * 4)
    status, facts = _post(client, text.encode(), "text/plain")
    assert status == 200
    mentions = [m for p in facts["persons"] for m in p["mentions"]]  # type: ignore[attr-defined]
    assert len(mentions) >= 4 and all(text[s:e] in TEXT for s, e in mentions)


def test_post_article_honours_a_windows_1252_charset(writable_client: TestClient) -> None:
    headers = {"content-type": "text/plain; charset=cp1252", **auth()}
    body = f"Neue Landrätin in Südheide\n{TEXT}".encode("cp1252")
    r = writable_client.post("/articles", content=body, headers=headers)
    assert r.status_code == 201
    assert writable_client.get(r.json()["link"]).json()["title"] == "Neue Landrätin in Südheide"
