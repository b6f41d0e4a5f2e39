"""Extraction without storage: the facts JSON of a posted text."""

from __future__ import annotations

from functools import partial
from typing import Any

from fastapi import APIRouter, Request

from nlp.facts import Facts
from service.bodies import decode_body, media_type, parse_json, without_surrogates
from service.deps import StateDep
from service.errors import BadRequestError, UnsupportedMediaTypeError
from service.extraction import extract_facts
from service.limits import read_body, run_extraction

router = APIRouter(tags=["extract"])

EXAMPLE = (
    "Eleonore Baj leitet seit 2019 die Stabsstelle Notfall- und Krisenmanagement der Stadt Kaiserslautern."
)
_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "text/plain": {"schema": {"type": "string"}, "example": EXAMPLE},
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {"text": {"type": "string"}, "id": {"type": "string"}},
                },
                "example": {"text": EXAMPLE},
            },
        },
    }
}


def _text_and_id(body: bytes, content_type: str) -> tuple[str, str | None]:
    media, charset = media_type(content_type)
    if media not in ("text/plain", "application/json"):
        raise UnsupportedMediaTypeError('Send text/plain or application/json {"text": ...}.')
    raw = decode_body(body, charset)  # the declared charset, UTF-8 if none
    if media == "text/plain":
        text, ident = without_surrogates(raw), None
    else:
        record = parse_json(raw)
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise BadRequestError('Send a JSON object with a "text" string.')
        text, ident = without_surrogates(record["text"]), record.get("id")
        if ident is not None and not isinstance(ident, str):
            raise BadRequestError('"id" must be a string.')
        ident = None if ident is None else without_surrogates(ident)
    if not text.strip():
        raise BadRequestError("The text is empty.")
    return text, ident


@router.post("/extract", response_model=Facts, openapi_extra=_BODY, summary="Extract facts (nothing stored)")
async def extract(request: Request, state: StateDep) -> Facts:
    body = await read_body(request, state.settings.max_body_bytes)
    text, ident = _text_and_id(body, request.headers.get("content-type", ""))
    return await run_extraction(request, state, text, partial(extract_facts, state, text, ident))
