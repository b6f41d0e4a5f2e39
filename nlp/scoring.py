"""The scorer behind `kg eval`: precision, recall and F1 per fact category against gold files.

Matching (documented in the README): items are matched one-to-one (maximum bipartite matching).
Names match after case folding, Unicode/whitespace/punctuation normalisation and removal of academic
titles and courtesy words, or through a listed alias of the gold or predicted entity. Organizations
also match across German inflection (each word reduced to a stem) and when one name is a
word-bounded part of the other covering at least half of its characters. Roles match on person,
organization (both absent, or matching names) and title, where titles match across gendered and
inflected forms through their gender-neutral key (Leiter/Leiterin/Leiterinnen -> leitung) or on
the key of their head word ("Vorsitzende des Beirats" ~ "Vorsitzende"). Speakers match on the
person alone and are counted once per person (several talks of one person are one speaker); the
event and topic of matched speakers are compared leniently (a shared content word) and reported as
separate agreement rates, not counted in F1. Quotes are scored per quoted person
(the gold lists each person once). Events and project links are scored too but are optional.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlp.errors import KGError
from nlp.facts import Facts
from nlp.relations.lexicon import role_key

logger = logging.getLogger(__name__)

CATEGORIES = ("persons", "organizations", "projects", "roles", "affiliations", "speakers", "quotes")
OPTIONAL = ("events", "project_links")
_TITLES = re.compile(
    r"\b(prof|dr|dipl|ing|med|rer|nat|phil|jur|mag|h\s?c|herr|herrn|frau)\b\.?", re.IGNORECASE
)
_NON_WORD = re.compile(r"[\W_]+")
_ENDINGS = ("es", "en", "er", "em", "e", "s", "n")
_STOP = frozenset("der die das des dem den und für von vom im in zu zur zum auf an am".split())

ExtractFn = Callable[[str, str], Facts | dict[str, Any]]


def norm(text: str | None) -> str:
    """Folded name: NFKC, case-folded, titles removed, punctuation and whitespace collapsed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _TITLES.sub(" ", text)
    return " ".join(_NON_WORD.sub(" ", text).split())


def stem_words(text: str) -> list[str]:
    """Words of a folded name with German inflection endings removed ('deutschen' -> 'deutsch')."""
    out = []
    for word in norm(text).split():
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                word = word[: -len(ending)]
                break
        out.append(word)
    return out


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return n > 0 and any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def org_forms_match(a: str, b: str) -> bool:
    """Organization names equal after stemming, or one a word-bounded part covering >= half of the other."""
    wa, wb = stem_words(a), stem_words(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    short, long_ = (wa, wb) if len(" ".join(wa)) <= len(" ".join(wb)) else (wb, wa)
    return _contains(long_, short) and len(" ".join(short)) * 2 >= len(" ".join(long_))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleScore:
    name: str
    counts: dict[str, Counts]
    missed: dict[str, list[str]] = field(default_factory=dict)
    spurious: dict[str, list[str]] = field(default_factory=dict)
    speaker_event_agreement: tuple[int, int] = (0, 0)
    speaker_topic_agreement: tuple[int, int] = (0, 0)
    error: str | None = None


@dataclass
class Report:
    articles: list[ArticleScore] = field(default_factory=list)

    def totals(self) -> dict[str, Counts]:
        out = {c: Counts() for c in (*CATEGORIES, *OPTIONAL)}
        for art in self.articles:
            for cat, counts in art.counts.items():
                out[cat].add(counts)
        return out

    def agreement(self, attr: str) -> tuple[int, int]:
        pairs = [getattr(a, attr) for a in self.articles]
        return sum(p[0] for p in pairs), sum(p[1] for p in pairs)

    def to_dict(self) -> dict[str, Any]:
        def row(c: Counts) -> dict[str, float | int]:
            return {
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
                "precision": round(c.precision, 3),
                "recall": round(c.recall, 3),
                "f1": round(c.f1, 3),
            }

        return {
            "totals": {cat: row(c) for cat, c in self.totals().items()},
            "articles": {
                a.name: {
                    "counts": {cat: row(c) for cat, c in a.counts.items()},
                    "missed": a.missed,
                    "spurious": a.spurious,
                    "error": a.error,
                }
                for a in self.articles
            },
        }

    def __str__(self) -> str:
        """A plain-text table of the totals (what `kg eval` prints without --markdown)."""
        lines = [f"{'category':<26}{'P':>6}{'R':>6}{'F1':>6}{'TP':>5}{'FP':>5}{'FN':>5}"]
        for cat, c in self.totals().items():
            label = cat if cat in CATEGORIES else f"{cat} (optional)"
            lines.append(
                f"{label:<26}{c.precision:>6.2f}{c.recall:>6.2f}{c.f1:>6.2f}{c.tp:>5}{c.fp:>5}{c.fn:>5}"
            )
        failed = [a.name for a in self.articles if a.error]
        lines.append(f"articles: {len(self.articles)}" + (f", failed: {', '.join(failed)}" if failed else ""))
        return "\n".join(lines)

    def to_markdown(self, details: bool = False) -> str:
        lines = [
            f"Articles: {len(self.articles)}",
            "",
            "| category | P | R | F1 | TP | FP | FN |",
            "|---|---|---|---|---|---|---|",
        ]
        for cat, c in self.totals().items():
            label = cat if cat in CATEGORIES else f"{cat} (optional)"
            lines.append(
                f"| {label} | {c.precision:.2f} | {c.recall:.2f} | {c.f1:.2f} | {c.tp} | {c.fp} | {c.fn} |"
            )
        for attr, label in (("speaker_event_agreement", "event"), ("speaker_topic_agreement", "topic")):
            ok, n = self.agreement(attr)
            if n:
                lines.append(f"\nMatched speakers with the same {label}: {ok}/{n}")
        lines += ["", "| article | " + " | ".join(CATEGORIES) + " |", "|---" * (len(CATEGORIES) + 1) + "|"]
        for art in self.articles:
            cells = [f"{art.counts[c].f1:.2f}" for c in CATEGORIES]
            lines.append(f"| {art.name}{' (failed)' if art.error else ''} | " + " | ".join(cells) + " |")
        if details:
            for art in self.articles:
                for cat in (*CATEGORIES, *OPTIONAL):
                    for item in art.missed.get(cat, []):
                        lines.append(f"- {art.name} {cat} missed: {item}")
                    for item in art.spurious.get(cat, []):
                        lines.append(f"- {art.name} {cat} spurious: {item}")
        return "\n".join(lines)


def _match(gold: list[Any], pred: list[Any], same: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """Maximum one-to-one matching of gold to predicted items (augmenting paths)."""
    edges = [[j for j, p in enumerate(pred) if same(g, p)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return [(i, j) for j, i in owner.items()]


class _Names:
    """Name matching for one article, knowing the gold and predicted aliases of each entity."""

    def __init__(self, gold: dict[str, Any], pred: dict[str, Any]) -> None:
        self.forms: dict[str, set[str]] = {}
        self.org_forms: dict[str, set[str]] = {}
        for kind, target in (
            ("persons", self.forms),
            ("projects", self.forms),
            ("events", self.forms),
            ("organizations", self.org_forms),
        ):
            for source in (gold, pred):
                for ent in source.get(kind, []):
                    names = [ent["name"], *ent.get("aliases", [])]
                    target.setdefault(norm(ent["name"]), set()).update(n for n in names if n)

    def same(self, a: str | None, b: str | None) -> bool:
        if not a or not b:
            return a == b or (not a and not b)
        na, nb = norm(a), norm(b)
        return (
            na == nb
            or na in {norm(x) for x in self.forms.get(nb, ())}
            or nb in {norm(x) for x in self.forms.get(na, ())}
        )

    def same_org(self, a: str | None, b: str | None) -> bool:
        if not a or not b:
            return not a and not b
        forms_a = {a, *self.org_forms.get(norm(a), ())}
        forms_b = {b, *self.org_forms.get(norm(b), ())}
        return any(org_forms_match(x, y) for x in forms_a for y in forms_b)

    def entity(self, kind: str) -> Callable[[dict[str, Any], dict[str, Any]], bool]:
        if kind == "organizations":
            return lambda g, p: self.same_org(g["name"], p["name"])
        return lambda g, p: self.same(g["name"], p["name"])


def _roles_same(names: _Names, g: dict[str, Any], p: dict[str, Any]) -> bool:
    if not names.same(g["person"], p["person"]) or not names.same_org(
        g.get("organization"), p.get("organization")
    ):
        return False
    return norm(g["role"]) == norm(p["role"]) or role_key(g["role"]) == role_key(p["role"])


def _lenient(a: str | None, b: str | None) -> bool:
    wa = set(stem_words(a or "")) - _STOP
    wb = set(stem_words(b or "")) - _STOP
    return (not wa and not wb) or bool(wa & wb)


def score_article(gold: dict[str, Any], facts: Facts | dict[str, Any], name: str = "") -> ArticleScore:
    """Counts per category for one article."""
    pred = facts.model_dump() if isinstance(facts, Facts) else facts
    names = _Names(gold, pred)
    quoted = sorted({q["person"] for q in pred.get("quotes", [])})
    # A speaker is scored once per person: several talks of one person count as one speaker.
    gold_speakers = list({s["person"]: s for s in reversed(gold.get("speakers", []))}.values())[::-1]
    pred_speakers = list({s["person"]: s for s in reversed(pred.get("speakers", []))}.values())[::-1]
    rules: dict[str, tuple[list[Any], list[Any], Callable[[Any, Any], bool], Callable[[Any], str]]] = {
        "persons": (
            gold.get("persons", []),
            pred.get("persons", []),
            names.entity("persons"),
            lambda x: x["name"],
        ),
        "organizations": (
            gold.get("organizations", []),
            pred.get("organizations", []),
            names.entity("organizations"),
            lambda x: x["name"],
        ),
        "projects": (
            gold.get("projects", []),
            pred.get("projects", []),
            names.entity("projects"),
            lambda x: x["name"],
        ),
        "events": (
            gold.get("events", []),
            pred.get("events", []),
            names.entity("events"),
            lambda x: x["name"],
        ),
        "roles": (
            gold.get("roles", []),
            pred.get("roles", []),
            lambda g, p: _roles_same(names, g, p),
            lambda x: f"{x['person']} | {x['role']} | {x.get('organization')}",
        ),
        "affiliations": (
            gold.get("affiliations", []),
            pred.get("affiliations", []),
            lambda g, p: (
                names.same(g["person"], p["person"]) and names.same_org(g["organization"], p["organization"])
            ),
            lambda x: f"{x['person']} | {x['organization']}",
        ),
        "speakers": (
            gold_speakers,
            pred_speakers,
            lambda g, p: names.same(g["person"], p["person"]),
            lambda x: f"{x['person']} | {x.get('event')} | {x.get('topic')}",
        ),
        "quotes": (list(gold.get("quotes", [])), quoted, names.same, str),
        "project_links": (
            gold.get("project_links", []),
            pred.get("project_links", []),
            lambda g, p: (
                names.same(g["person"], p["person"])
                and names.same(g["project"], p["project"])
                and g["relation"] == p["relation"]
            ),
            lambda x: f"{x['person']} | {x['project']} | {x['relation']}",
        ),
    }
    score = ArticleScore(name, {})
    for cat, (g_items, p_items, same, show) in rules.items():
        if cat == "project_links" and "project_links" not in gold:
            score.counts[cat] = Counts()
            continue
        pairs = _match(g_items, p_items, same)
        score.counts[cat] = Counts(len(pairs), len(p_items) - len(pairs), len(g_items) - len(pairs))
        hit_g, hit_p = {i for i, _ in pairs}, {j for _, j in pairs}
        score.missed[cat] = [show(x) for i, x in enumerate(g_items) if i not in hit_g]
        score.spurious[cat] = [show(x) for j, x in enumerate(p_items) if j not in hit_p]
        if cat == "speakers":
            ev = sum(_lenient(g_items[i].get("event"), p_items[j].get("event")) for i, j in pairs)
            tp = sum(_lenient(g_items[i].get("topic"), p_items[j].get("topic")) for i, j in pairs)
            score.speaker_event_agreement, score.speaker_topic_agreement = (ev, len(pairs)), (tp, len(pairs))
    return score


def gold_pairs(gold_dir: Path) -> Iterable[tuple[Path, Path]]:
    """(text, gold) file pairs under `gold_dir`, recursively, sorted."""
    for gold_path in sorted(Path(gold_dir).rglob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
        if text_path.exists():
            yield text_path, gold_path


def score_dir(gold_dir: Path, extract_fn: ExtractFn) -> Report:
    """Run `extract_fn(text, id)` on every *.txt beside a *.gold.json and score it."""
    report = Report()
    for text_path, gold_path in gold_pairs(gold_dir):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        name = text_path.stem
        try:
            facts = extract_fn(text_path.read_text(encoding="utf-8"), name)
        except KGError as exc:
            logger.warning("%s: extraction failed: %s", name, exc)
            failed = score_article(gold, Facts(id=name), name)
            failed.error = str(exc)
            report.articles.append(failed)
            continue
        report.articles.append(score_article(gold, facts, name))
    return report
