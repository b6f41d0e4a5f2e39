"""The shipped model's README quotes the evaluation script's committed output, and the scorer is strict."""

from __future__ import annotations

import json
import re
from pathlib import Path

import spacy
from spacy.tokens import Span

from nlp.training.evaluate import OVERLAP_HEADING, PARTIAL_SETS, score, score_both

MODELS = Path(__file__).resolve().parents[2] / "nlp" / "models"
SETS = {
    "GermEval 2014 dev": "germeval-dev",
    "MobIE test": "mobie-test",
    "Europarl test": "europarl-test",
    "Legal-LER bverfg": "legal-bverfg",
    "SmartData v3 dev": "smartdata-dev",
    "SmartData train-v1, held-out tenth": "smartdata-v1-tenth",
    "corpus-train, 15 held-out articles": "articles-corpus-train-15",
}
_NUM = r" \| ([\d.]+)"
ROW = re.compile(r"^\| (\S+) \| (model|pipeline) \| (PER|ORG|LOC|MISC|ALL)" + _NUM * 3 + r" \| (\d+) \|$")


def eval_f1(overlap: bool = False) -> dict[tuple[str, str], str]:
    """(set, class) -> F1 of the bare model, as the evaluation script printed it into EVAL.md
    (the strict table, or the mention overlap table after its heading)."""
    text = (MODELS / "EVAL.md").read_text(encoding="utf-8")
    strict, _, over = text.partition(OVERLAP_HEADING)
    out = {}
    for line in (over if overlap else strict).splitlines():
        m = ROW.match(line)
        if m and m.group(2) == "model":
            out[(m.group(1), m.group(3))] = m.group(6)
    return out


def test_eval_report_has_every_held_out_set_and_class() -> None:
    for overlap in (False, True):
        f1 = eval_f1(overlap)
        for name in SETS.values():
            for label in (*PARTIAL_SETS.get(name, ("PER", "ORG", "LOC", "MISC")), "ALL"):
                assert (name, label) in f1, (overlap, name, label)


def test_model_readme_summary_matches_eval_report() -> None:
    f1 = eval_f1()
    readme = (MODELS / "README.md").read_text(encoding="utf-8")
    checked = 0
    for line in readme.splitlines():
        title = next((t for t in SETS if line.startswith(f"| {t} (")), None)
        if title is None:
            continue
        cells = [c.strip() for c in line.strip("|").split("|")][1:]
        for label, cell in zip(("PER", "ORG", "LOC", "MISC", "ALL"), cells, strict=True):
            if cell != "–":
                assert cell.split()[0] == f1[(SETS[title], label)], (title, label)
                checked += 1
    assert checked >= 15


def test_model_meta_names_version_and_sources() -> None:
    meta = json.loads((MODELS / "de_kg_ner" / "meta.json").read_text(encoding="utf-8"))
    assert meta["name"] == "kg_ner" and meta["version"]
    assert len(meta["sources"]) == 7
    assert any("train-v1" in s["name"] for s in meta["sources"])


def test_scorer_counts_only_exact_spans_with_the_same_label() -> None:
    nlp = spacy.blank("de")
    gold = nlp("Anna Berg leitet das Amt in Köln .")
    gold.ents = [gold.char_span(0, 9, "PER"), gold.char_span(28, 32, "LOC")]

    def predict(doc):  # type: ignore[no-untyped-def]
        doc.ents = [doc.char_span(5, 9, "PER"), doc.char_span(28, 32, "ORG")]  # partial span, wrong label
        return doc

    rows = score([gold], predict)
    assert rows["PER"] == (0.0, 0.0, 0.0, 1)
    assert rows["LOC"][2] == 0.0 and rows["ORG"][0] == 0.0
    assert rows["ALL"] == (0.0, 0.0, 0.0, 2)


def test_overlap_counts_a_shared_token_once_and_partial_gold_ignores_open_tokens() -> None:
    nlp = spacy.blank("de")
    gold = nlp("Die Stadtwerke Köln GmbH und Anna Berg aus Bonn .")
    gold.set_ents(
        [gold.char_span(4, 24, "ORG"), gold.char_span(29, 38, "PER")],
        missing=[gold[8:9]],  # "Bonn": the gold leaves it open
        default="outside",
    )

    def predict(doc):  # type: ignore[no-untyped-def]
        # two pieces of the organization, the surname, and "Bonn" as a person
        doc.ents = [
            Span(doc, 1, 3, "ORG"),
            Span(doc, 3, 4, "ORG"),
            Span(doc, 6, 7, "PER"),
            Span(doc, 8, 9, "PER"),
        ]
        return doc

    strict, overlap = score_both([gold], predict, ("PER", "ORG"))
    assert strict["ALL"][:3] == (0.0, 0.0, 0.0)
    assert overlap["ORG"][:2] == (0.5, 1.0)  # one of two pieces matches; the gold is found
    assert overlap["PER"][:2] == (1.0, 1.0)  # "Bonn" touches an open token: not counted
