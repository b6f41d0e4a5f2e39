"""Request bodies to text: the media type and the charset of `Content-Type`, honoured when Python knows it."""

from __future__ import annotations

import codecs
import json
import re
from typing import Any

from service.errors import BadRequestError, UnsupportedMediaTypeError

_SURROGATE = re.compile(r"[\ud800-\udfff]")


def media_type(content_type: str) -> tuple[str, str | None]:
    """`(media type, charset)` of a `Content-Type` header, both lower-cased; charset None if not given.

    >>> media_type('text/plain; charset="Windows-1252"')
    ('text/plain', 'windows-1252')
    """
    media, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'").lower() or None
    return media.strip().lower(), charset


def decode_body(body: bytes, charset: str | None) -> str:
    """The body decoded with `charset` (default UTF-8): 415 for a charset Python does not know as a text
    encoding, 400 for bytes that are not valid in it."""
    name = charset or "utf-8"
    try:
        text = body.decode(codecs.lookup(name).name)
    except LookupError:  # unknown, or a codec that is no text encoding (base64, rot13, ...)
        raise UnsupportedMediaTypeError(
            f"Unknown charset {name!r}: send UTF-8, or name a text encoding such as windows-1252."
        ) from None
    except (UnicodeError, ValueError) as exc:
        where = f" at byte {exc.start}" if isinstance(exc, UnicodeDecodeError) else ""
        raise BadRequestError(f"The body is not valid {name} text{where}.") from None
    return text


def without_surrogates(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD (same length, so offsets stay valid).

    A JSON escape such as `"\\ud800"` or a codec such as unicode_escape yields them, and a text holding
    one cannot be encoded again (the answer would fail with a server error)."""
    return _SURROGATE.sub("\ufffd", text)


def parse_json(text: str) -> Any:
    """The JSON value of a posted body, or a 400 that says what is wrong with it."""
    try:
        return json.loads(text)
    except RecursionError:
        raise BadRequestError(
            "Invalid JSON: nested too deeply (arrays or objects inside each other); send a flatter one."
        ) from None
    except ValueError as exc:  # also an overlong integer
        raise BadRequestError(f"Invalid JSON: {exc}") from None
