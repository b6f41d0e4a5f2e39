"""The `Article` record: one input text with a stable content-hash id and its metadata."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date

from pydantic import BaseModel, ConfigDict, Field


def content_hash(text: str) -> str:
    """Stable id of a text: sha256 of its NFC-normalized content, first 16 hex digits."""
    norm = unicodedata.normalize("NFC", text).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


class Article(BaseModel):
    """An article ready for extraction. `id` is the content hash unless the source gave one."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    text: str
    content_hash: str
    url: str | None = None
    title: str | None = None
    published: date | None = None
    source: str | None = Field(default=None, description="File path or feed the text came from.")

    @classmethod
    def from_text(cls, text: str, **meta: object) -> Article:
        h = content_hash(text)
        ident = meta.pop("id", None) or h
        return cls(id=str(ident), text=text, content_hash=h, **meta)  # type: ignore[arg-type]
