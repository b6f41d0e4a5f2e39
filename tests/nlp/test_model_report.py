"""The shipped model's README quotes the evaluation script's committed output, and the scorer is strict."""

from __future__ import annotations

import json
import re
from pathlib import Path

import spacy

from nlp.training.evaluate import score

MODELS = Path(__file__).resolve().parents[2] / "nlp" / "models"
SETS = {
    "GermEval 2014 dev": "germeval-dev",
    "MobIE test": "mobie-test",
    "Europarl test": "europarl-test",
    "Legal-LER bverfg": "legal-bverfg",
}
_NUM = r" \| ([\d.]+)"
ROW = re.compile(r"^\| (\S+) \| (model|pipeline) \| (PER|ORG|LOC|MISC|ALL)" + _NUM * 3 + r" \| (\d+) \|$")


def eval_f1() -> dict[tuple[str, str], str]:
    """(set, class) -> F1 of the bare model, as the evaluation script printed it into EVAL.md."""
    out = {}
    for line in (MODELS / "EVAL.md").read_text(encoding="utf-8").splitlines():
        m = ROW.match(line)
        if m and m.group(2) == "model":
            out[(m.group(1), m.group(3))] = m.group(6)
    return out


def test_eval_report_has_every_held_out_set_and_class() -> None:
    f1 = eval_f1()
    for name in SETS.values():
        for label in ("PER", "ORG", "LOC", "MISC", "ALL"):
            assert (name, label) in f1


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
    assert len(meta["sources"]) == 5


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
