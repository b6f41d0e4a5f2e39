"""The linear pre-check: nesting depth outside strings, comments and IRIs; size; linear time on any input."""

from __future__ import annotations

import time

import pytest

from service.errors import BadRequestError, PayloadTooLargeError
from service.sparql.precheck import MAX_QUERY_CHARS, nesting_depth, precheck


def test_depth_counts_braces_parens_and_brackets() -> None:
    assert nesting_depth("SELECT * { ?s ?p [ ?q ?o ] FILTER((?o > 1)) }") == 3


def test_brackets_in_strings_and_comments_do_not_count() -> None:
    assert nesting_depth('SELECT * { ?s ?p "{{{" # ((((\r ?s ?p """ } { """ }') == 1


def test_closers_in_strings_do_not_hide_nesting() -> None:
    assert nesting_depth("SELECT * WHERE " + '{"}"' * 100 + "}" * 100) == 100


def test_hash_inside_an_iri_starts_no_comment() -> None:
    assert nesting_depth("SELECT * { ?s <http://ex/a#> ?o " + "{" * 80 + "}" * 81) == 81


def test_deep_nesting_is_refused() -> None:
    with pytest.raises(BadRequestError, match="nested 5001 levels"):
        precheck("SELECT * WHERE " + "{" * 5001 + "}" * 5001)


def test_too_long_query_is_refused() -> None:
    with pytest.raises(PayloadTooLargeError):
        precheck("ASK {}" + " " * MAX_QUERY_CHARS)


@pytest.mark.parametrize(
    "text",
    ['"' + '\\"' * 120_000, '"' * 240_000, "<a" * 120_000, '"""' + '\\"' * 120_000, "#" + "\\" * 240_000],
    ids=["escaped-quotes", "quotes", "open-iris", "long-string", "comment"],
)
def test_worst_inputs_take_linear_time(text: str) -> None:
    started = time.monotonic()
    nesting_depth(text)
    assert time.monotonic() - started < 2.0  # about 0.1 s; the old guard regex took 10 s on 40 kB
