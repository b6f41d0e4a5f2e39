"""The build of nlp/lexicons/org_clusters.txt keeps the word classes of organization names only."""

from __future__ import annotations

from collections import Counter

from nlp.lexicons import build_org_clusters


def test_a_class_of_names_mostly_labelled_org_is_kept_and_others_are_not(tmp_path, monkeypatch):
    counts = {
        "110": Counter(ORG=95, LOC=5),  # company names
        "111": Counter(PER=60),  # persons
        "101": Counter(ORG=60),  # institution nouns: many common nouns, few names
        "100": Counter(ORG=10),  # too few to judge
    }
    words = Counter({"110": 100, "111": 80, "101": 900, "100": 10})
    monkeypatch.setattr(build_org_clusters, "count", lambda train: counts)
    monkeypatch.setattr(build_org_clusters, "capitalised_words", lambda: words)
    out = tmp_path / "org_clusters.txt"
    assert build_org_clusters.build(tmp_path / "train.spacy", out) == 1
    rows = [
        line.split("\t") for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]
    assert rows == [["110", "95", "100", "100"]]
