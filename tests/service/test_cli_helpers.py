"""The functions behind `kg sparql`, `kg expertise` and `kg person`: read-only, beside a running server."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.errors import BadRequestError, NotFoundError
from service.queries import expertise_for, person_profile
from service.sparql_cli import run_query


def test_sparql_csv(sample_store: Path) -> None:
    body = run_query(sample_store, "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a schema:Person }", "csv")
    assert isinstance(body, bytes) and body.decode().split() == ["n", "3"]


def test_sparql_update_refused(sample_store: Path) -> None:
    with pytest.raises(BadRequestError):
        run_query(sample_store, "DROP ALL")


def test_expertise_for_topic(sample_store: Path) -> None:
    assert expertise_for(sample_store, "Krisenmanagement", limit=1)[0]["entity"]["name"] == "Eleonore Baj"


def test_person_profile_by_part_of_name(sample_store: Path) -> None:
    assert [p["name"] for p in person_profile(sample_store, "wolf")] == ["Jan Wolf"]


def test_person_profile_reads_umlauts_written_out(sample_store: Path) -> None:
    assert [p["name"] for p in person_profile(sample_store, "Krueger")] == ["Antje Krüger"]


def test_person_profile_of_a_misspelt_name_says_what_was_meant(sample_store: Path) -> None:
    with pytest.raises(NotFoundError, match="Did you mean Eleonore Baj"):
        person_profile(sample_store, "Eleonore Bai")
