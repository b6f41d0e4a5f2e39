"""Linear-time checks on a SPARQL text before anything parses it: not empty, not too long, not too deep.

The scan skips strings, comments and IRIs the way SPARQL lexes them (a comment ends at ``\\r`` or ``\\n``)
and counts the nesting of ``{ ( [``. Each character is looked at a bounded number of times, whatever the
input: an unclosed string or IRI is skipped to where it would have to end, never rescanned. It only
refuses early and cheaply; what a query may do is decided by the guard in the worker.
"""

from __future__ import annotations

import re

from service.errors import BadRequestError, PayloadTooLargeError

MAX_QUERY_CHARS = 256_000
MAX_DEPTH = 64

_SPECIAL = re.compile(r"""[{}()\[\]"'#<]""")
_LINE_END = re.compile(r"[\r\n]")
_IRI = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_SHORT_END = {'"': re.compile(r'\\[\s\S]|["\r\n]'), "'": re.compile(r"\\[\s\S]|['\r\n]")}
_LONG_END = {'"': re.compile(r'\\[\s\S]|"""'), "'": re.compile(r"\\[\s\S]|'''")}


def precheck(query: str, max_chars: int = MAX_QUERY_CHARS, max_depth: int = MAX_DEPTH) -> None:
    """Raise BadRequestError (empty, too deep) or PayloadTooLargeError (too long) for `query`."""
    if not query.strip():
        raise BadRequestError("Empty query: send a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query.")
    if len(query) > max_chars:
        raise PayloadTooLargeError(f"Query longer than {max_chars} characters; shorten it.")
    depth = nesting_depth(query)
    if depth > max_depth:
        raise BadRequestError(
            f"Query nested {depth} levels deep ({{ ( or [); at most {max_depth} are allowed. Flatten it."
        )


def nesting_depth(text: str) -> int:
    """The deepest nesting of brackets outside strings, comments and IRIs (unbalanced closers ignored)."""
    depth = deepest = 0
    pos = 0
    while (match := _SPECIAL.search(text, pos)) is not None:
        char, pos = match.group(), match.end()
        if char in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "})]":
            depth = max(0, depth - 1)
        elif char == "#":
            end = _LINE_END.search(text, pos)
            pos = len(text) if end is None else end.end()
        elif char == "<":
            iri = _IRI.match(text, match.start())
            pos = pos if iri is None else iri.end()  # else '<' is a comparison
        else:
            pos = _string_end(text, match.start(), char)
    return deepest


def _string_end(text: str, start: int, quote: str) -> int:
    """Where scanning resumes after the string opening at `start` (its end, or where it had to end)."""
    long = text.startswith(quote * 3, start)
    closer = (_LONG_END if long else _SHORT_END)[quote]
    pos = start + (3 if long else 1)
    while (match := closer.search(text, pos)) is not None:
        pos = match.end()
        if not match.group().startswith("\\"):
            return pos  # the closing quote(s), or the line end that a short string may not cross
    return len(text)
