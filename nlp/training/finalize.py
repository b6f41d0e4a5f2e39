"""Copy the best trained NER pipeline to nlp/models/de_kg_ner and stamp its meta (name, version, sources).

Usage: python -m nlp.training.finalize [TRAINED_DIR] [TARGET_DIR]
"""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

HERE = Path(__file__).resolve().parent
META = {
    "name": "kg_ner",
    "version": "1.2.0",
    "description": "German NER (PER, ORG, LOC, MISC) for press text; CNN tok2vec with Brown-cluster "
    "static vectors, trained by nlp/training on GermEval 2014 test, MobIE train, Europarl train, "
    "Legal-LER (6 courts, sampled), SmartData train-v1 (nine tenths) and annotated press articles "
    "(gold names located in the text).",
    "license": "CC BY-SA 4.0 (trained on CC BY 4.0 and research data; see nlp/models/README.md)",
    "author": "kg-de",
    "sources": [
        {"name": "GermEval 2014 NER (test split)", "license": "CC BY 4.0"},
        {"name": "MobIE (train split)", "license": "CC BY 4.0"},
        {"name": "Europarl German NER (train split)", "license": "research data (Faruqui & Padó 2010)"},
        {"name": "Legal Entity Recognition (6 of 7 courts, sampled)", "license": "CC BY 4.0"},
        {"name": "DFKI SmartData train-v1 (nine tenths; v3 dev held out)", "license": "CC BY 4.0"},
        {
            "name": "Press articles of ../shared/corpus and ../shared/corpus-train (50 of 65), gold names "
            "located in the text, and corpus/samples (written for this project)",
            "license": "third-party text used for training only, never redistributed; samples: this project",
        },
        {"name": "Brown clusters (spacy-lookups-data de_lexeme_cluster) as static vectors", "license": "MIT"},
    ],
}


def finalize(
    trained: Path,
    target: Path,
    stamp: Mapping[str, object] = META,
    make_target: str = "model",
    drop: tuple[str, ...] = (),
) -> None:
    """Copy a trained pipeline to `target` and stamp its meta.json (minus the keys in `drop`)."""
    if not (trained / "meta.json").is_file():
        raise SystemExit(f"error: {trained} is not a trained spaCy pipeline; run `make {make_target}` first")
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(trained, target)
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(stamp)
    for key in drop:
        meta.pop(key, None)
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    args = sys.argv[1:]
    finalize(
        Path(args[0]) if args else HERE / "work" / "out" / "model-last",
        Path(args[1]) if len(args) > 1 else HERE.parent / "models" / "de_kg_ner",
    )
