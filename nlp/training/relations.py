"""Train and cross-validate the relation scorers of nlp/relmodel on the annotated articles.

Usage:
  python -m nlp.training.relations train   # tune thresholds by CV, fit on all, write nlp/models/relations/
  python -m nlp.training.relations cv      # cross-validated scores per task, nothing written
  python -m nlp.training.relations eval    # cross-validated `kg eval` numbers (the full component)

Articles: ../shared/corpus-train (65), ../shared/corpus (11) and corpus/samples (8), all read by the
project's developers. Folds are by article: a fold's scores are on articles its model did not train
on, but they are still training-set numbers; the held-out test is `kg eval ../shared/corpus-heldout`.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from nlp.relations.lexicon import role_key
from nlp.relmodel import orgs, quotes, roles, speakers
from nlp.relmodel.component import MODEL_DIR, RELATION_COMPONENT, TASKS, RelationModel
from nlp.relmodel.context import DocContext
from nlp.relmodel.gold import GoldView
from nlp.relmodel.linear import LinearModel
from nlp.scoring import Report, gold_pairs, score_article

logger = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parents[2]
SOURCES = (
    ROOT.parent / "shared" / "corpus-train",
    ROOT.parent / "shared" / "corpus",
    ROOT / "corpus" / "samples",
)
SEED = 13
FOLDS = 5
C = 0.3  # inverse L2 strength of the logistic regressions (chosen by cross-validation)
TIE = 0.005  # F1 differences smaller than this do not pick a threshold (the higher one is kept)
PRECISION_FLOOR = 0.85  # the precision the relation targets ask for (issue 11)
THRESHOLDS = tuple(round(0.2 + 0.05 * i, 2) for i in range(13))  # 0.2 ... 0.8
Row = tuple[str, set[str], int]  # (decision key, features, label)


@dataclass
class Article:
    name: str
    source: str
    doc: Doc
    gold: dict[str, Any]
    ctx: DocContext
    view: GoldView


def load_articles(sources: tuple[Path, ...] = SOURCES) -> list[Article]:
    """Every annotated article run through the pipeline up to (not including) the relation model."""
    from nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    out: list[Article] = []
    with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p == RELATION_COMPONENT]):
        for source in sources:
            files = list(gold_pairs(source))
            texts = [t.read_text(encoding="utf-8") for t, _ in files]
            for (text_path, gold_path), doc in zip(files, nlp.pipe(texts, batch_size=8), strict=True):
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
                ctx = DocContext(doc)
                out.append(Article(text_path.stem, source.name, doc, gold, ctx, GoldView(gold, ctx)))
    return out


# --- rows per task ---------------------------------------------------------------------------------
def speaker_rows(art: Article) -> list[Row]:
    """One row per mention; the label is the person's (a speaker's every mention counts as positive)."""
    return [
        (name, f, int(art.view.is_speaker(name))) for name, ms in speakers.candidates(art.ctx) for _, f in ms
    ]


def quote_rows(art: Article) -> list[Row]:
    return [
        (name, f, int(art.view.is_quoted(name))) for name, ms in quotes.candidates(art.ctx) for _, f in ms
    ]


def _role_candidates(art: Article) -> list[roles.RoleCandidate]:
    return roles.candidates(art.ctx)


def role_rows(art: Article) -> list[Row]:
    return [
        (f"{c.mention.name}|{c.role_key}", c.features, int(art.view.has_role(c.mention.name, c.role)))
        for c in _role_candidates(art)
    ]


def role_org_rows(art: Article) -> list[Row]:
    """Organization choices for the title candidates that are gold roles (the model picks among them).

    The key groups one decision; a group whose gold role has no organization has only negatives."""
    index = orgs.OrgIndex(art.ctx)
    rows = []
    for c in _role_candidates(art):
        if not art.view.has_role(c.mention.name, c.role):
            continue
        gold_orgs = [g for g in art.view.role_org(c.mention.name, c.role) if g]
        for o in orgs.role_org_candidates(art.ctx, index, c):
            label = int(any(art.view.same_org(g, o.name) for g in gold_orgs))
            rows.append((f"{c.mention.name}|{c.role_key}#{o.name}", o.features, label))
    return rows


def affiliation_rows(art: Article) -> list[Row]:
    index = orgs.OrgIndex(art.ctx)
    rule_orgs = orgs.rule_affiliations(art.ctx)
    return [
        (f"{name}|{o.name}", o.features, int(art.view.affiliated(name, o.name)))
        for name in art.ctx.people
        for o in orgs.affiliation_candidates(
            art.ctx, index, name, art.ctx.mentions[name], rule_orgs.get(name, set())
        )
    ]


ROWS: dict[str, Callable[[Article], list[Row]]] = {
    "speakers": speaker_rows,
    "quotes": quote_rows,
    "role_pairs": role_rows,
    "role_orgs": role_org_rows,
    "affiliations": affiliation_rows,
}


def gold_count(art: Article, task: str) -> int:
    """Gold decisions of a task in an article (recall's denominator; missed candidates count)."""
    gold = art.gold
    if task == "speakers":
        return len({s["person"] for s in gold.get("speakers", [])})
    if task == "quotes":
        return len(set(gold.get("quotes", [])))
    if task == "role_pairs":
        return len({(r["person"], role_key(r["role"])) for r in gold.get("roles", [])})
    if task == "affiliations":
        return len({(a["person"], a["organization"]) for a in gold.get("affiliations", [])})
    raise ValueError(task)


# --- fitting and cross-validation ----------------------------------------------------------------
def pairs(rows: list[list[Row]], skip: set[int] | frozenset[int] = frozenset()) -> list[tuple[set[str], int]]:
    """(features, label) of the rows of every article but the skipped ones."""
    return [(f, y) for i, r in enumerate(rows) if i not in skip for _, f, y in r]


def fit(rows: list[tuple[set[str], int]], name: str, c: float = C) -> LinearModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for f, _ in rows])
    y = [label for _, label in rows]
    clf = LogisticRegression(C=c, max_iter=3000, solver="lbfgs")
    clf.fit(x, y)
    weights = dict(zip(vec.get_feature_names_out(), clf.coef_[0], strict=True))
    return LinearModel(name, {str(k): float(v) for k, v in weights.items()}, float(clf.intercept_[0]))


def folds_of(n: int, k: int = FOLDS) -> list[list[int]]:
    idx = list(range(n))
    random.Random(SEED).shuffle(idx)
    return [idx[i::k] for i in range(k)]


def cv_scores(
    articles: list[Article], rows: list[list[Row]], task: str, c: float
) -> list[dict[str, tuple[float, int]]]:
    """Per article: decision key -> (best cross-validated score, label)."""
    out: list[dict[str, tuple[float, int]]] = [{} for _ in articles]
    for fold in folds_of(len(articles)):
        held = set(fold)
        model = fit(pairs(rows, held), task, c)
        for i in fold:
            for key, f, y in rows[i]:
                old = out[i].get(key, (0.0, 0))
                out[i][key] = (max(old[0], model.score(f)), max(old[1], y))
    return out


def prf(
    articles: list[Article], scores: list[dict[str, tuple[float, int]]], task: str, t: float, source: str
) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for art, per_key in zip(articles, scores, strict=True):
        if source != "all" and art.source != source:
            continue
        hits = sum(1 for s, y in per_key.values() if s >= t and y)
        tp += hits
        fp += sum(1 for s, y in per_key.values() if s >= t and not y)
        fn += max(0, gold_count(art, task) - hits)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def org_accuracy(
    articles: list[Article], scores: list[dict[str, tuple[float, int]]], t: float, source: str
) -> float:
    """Share of role decisions whose organization (or none) is picked right."""
    right = total = 0
    for art, per_key in zip(articles, scores, strict=True):
        if source != "all" and art.source != source:
            continue
        groups: dict[str, list[tuple[float, int]]] = {}
        for key, sy in per_key.items():
            groups.setdefault(key.split("#", 1)[0], []).append(sy)
        for group in groups.values():
            best = max(group)
            wants_org = any(y for _, y in group)
            right += int(best[1] == 1 and best[0] >= t if wants_org else best[0] < t)
            total += 1
    return right / total if total else 1.0


def choose_threshold(measured: dict[float, tuple[float, float, float]]) -> float:
    """The threshold of the best cross-validated F1 among those whose precision reaches
    `PRECISION_FLOOR` (issue 11 asks for precision >= 0.85; all compete when none does), and of
    near ties (within `TIE`) the highest, the more precise. `measured`: threshold -> (P, R, F1)."""
    eligible = [t for t, (p, _, _) in measured.items() if p >= PRECISION_FLOOR] or list(measured)
    best_f1 = max(measured[t][2] for t in eligible)
    return max(t for t in eligible if measured[t][2] >= best_f1 - TIE)


def tune(articles: list[Article], task: str, c: float) -> tuple[float, dict[str, float]]:
    """The decision threshold, chosen by cross-validation on all articles: the best F1 (accuracy for
    role_orgs) among the thresholds whose cross-validated precision reaches `PRECISION_FLOOR` (all,
    if none does), and of thresholds within `TIE` of it the highest, which is the more precise. The
    cross-validated scores reported are those on corpus-train, the articles most like unseen ones."""
    rows = [ROWS[task](a) for a in articles]
    scores = cv_scores(articles, rows, task, c)
    if task == "role_orgs":
        accuracy = {t: org_accuracy(articles, scores, t, "all") for t in THRESHOLDS}
        best_t = max(t for t in THRESHOLDS if accuracy[t] >= max(accuracy.values()) - TIE)
        return best_t, {"org_accuracy": round(org_accuracy(articles, scores, best_t, "corpus-train"), 3)}
    best_t = choose_threshold({t: prf(articles, scores, task, t, "all") for t in THRESHOLDS})
    p, r, f = prf(articles, scores, task, best_t, "corpus-train")
    return best_t, {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def train(articles: list[Article], out_dir: Path, c: float) -> dict[str, dict[str, Any]]:
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = {}
    for task in TASKS:
        threshold, cv = tune(articles, task, c)
        rows = pairs([ROWS[task](a) for a in articles])
        model = fit(rows, task, c)
        model.threshold = threshold
        model.meta = {
            "c": c,
            "rows": len(rows),
            "articles": len(articles),
            "cv_corpus_train": cv,
            "seed": SEED,
        }
        model.save(out_dir / f"{task}.json")
        summary[task] = {"threshold": threshold, **cv, "features": len(model.weights)}
        logger.info("%s: %s", task, summary[task])
    return summary


def score_with_component(articles: list[Article], c: float, details: str | None = None) -> dict[str, Report]:
    """Cross-validated `kg eval` numbers: per fold, fit every task with its tuned threshold, apply the
    component to the held-out articles, score their facts with the project's scorer."""
    from nlp.extract import facts_from_doc

    thresholds = {task: tune(articles, task, c)[0] for task in TASKS}
    rows = {task: [ROWS[task](a) for a in articles] for task in TASKS}
    by_source: dict[str, Report] = {}
    for fold in folds_of(len(articles)):
        held = set(fold)
        models = {}
        for task in TASKS:
            models[task] = fit(
                [(f, y) for i, r in enumerate(rows[task]) if i not in held for _, f, y in r], task, c
            )
            models[task].threshold = thresholds[task]
        component = RelationModel(RELATION_COMPONENT, models)
        for i in fold:
            art = articles[i]
            doc = component(art.doc)
            score = score_article(art.gold, facts_from_doc(doc, art.name), art.name)
            by_source.setdefault(art.source, Report()).articles.append(score)
            component.restore(doc)
    if details:
        Path(details).write_text(by_source["corpus-train"].to_markdown(details=True), encoding="utf-8")
    return by_source


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["train", "cv", "eval"])
    parser.add_argument("--c", type=float, default=C)
    parser.add_argument("--task", default="all", choices=["all", *TASKS])
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--details", default=None, help="eval: write the corpus-train misses to this file")
    parser.add_argument("--out-report", type=Path, default=None, help="eval: write a Markdown report here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    articles = load_articles()
    if args.command == "train":
        summary = train(articles, args.out, args.c)
        print(json.dumps(summary, indent=1))
    elif args.command == "cv":
        for task in TASKS if args.task == "all" else (args.task,):
            t, cv = tune(articles, task, args.c)
            print(f"{task}: threshold {t} cross-validated on corpus-train: {cv}")
    else:
        reports = score_with_component(articles, args.c, args.details)
        for source, report in reports.items():
            print(f"== {source} (cross-validated; training articles)\n{report}")
        if args.out_report:
            args.out_report.write_text(markdown_report(reports), encoding="utf-8")
    return 0


def markdown_report(reports: dict[str, Report]) -> str:
    """The cross-validated `kg eval` totals per source, as committed in tests/bench/reports."""
    lines = [
        "# Relation model: cross-validated scores on the training articles",
        "",
        "`python -m nlp.training.relations eval --out-report tests/bench/reports/relations-cv.md`: 5-fold",
        "cross-validation by article (seed 13); each fold's relation models never saw the fold's articles.",
        "These are training-set numbers all the same: every article was read while the extraction was",
        "built, and the NER model trained on 50 of the 65 corpus-train articles and on all of the others.",
        "The held-out test is `kg eval ../shared/corpus-heldout` (README).",
    ]
    for source, report in reports.items():
        lines += ["", f"## {source}", ""]
        lines += [
            ln for ln in report.to_markdown().splitlines() if ln.startswith("|") or ln.startswith("Matched")
        ][: 2 + len(report.totals())]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
