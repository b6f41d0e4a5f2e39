"""Recall of person - organization - position facts on real news: SmartData `OrganizationLeadership`.

The DFKI SmartData corpus (../shared/data/smartdata, CC BY 4.0) annotates, besides entities, n-ary
relations in German business and traffic news; `OrganizationLeadership` ties a person mention to an
organization mention and a position ("sagte Vorstandschef X", "Y, Geschäftsführer des Verbands Z",
"Ufo-Chef W"). No extraction rule and no relation model was written or trained on these documents,
and their style (agency news, tweets, RSS items) is not the style of the annotated press articles, so
they measure how the relation layer carries over. The annotation is sparse (not every leadership the
text states is annotated), so only recall is measured, per distinct fact of a document:

- person: the extraction names the person (full name, or the surname of a surname-only mention);
- organization: it names the organization (the scorer's name matching, aliases included);
- affiliation: it ties the two, as an affiliation or as a role with that organization;
- title: it gives the person the annotated position (same title key, or one a compound of the other:
  "Bundesbankpräsident" / "präsident");
- title with organization: a role of the person with the annotated organization.

Splits: the v3 dev documents (no model trained on them), the tenth of the v1 documents that the NER
model keeps aside, and the other nine tenths of v1, on which the NER model trained (entity recall
there is a training figure; the relation figures are not).
Usage: python tests/bench/eval_leadership.py [--out tests/bench/reports/leadership.md] [--details FILE]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlp.extract import extract
from nlp.facts import Facts
from nlp.relations.lexicon import role_key
from nlp.scoring import norm, org_forms_match
from nlp.training.convert import read_smartdata_json, split_smartdata_v1

ROOT = Path(__file__).resolve().parents[2]
SMARTDATA = ROOT.parent / "shared" / "data" / "smartdata"
MEASURES = ("person", "organization", "affiliation", "title", "title with organization")


@dataclass(frozen=True)
class Leadership:
    person: str
    organization: str
    position: str


@dataclass
class Tally:
    facts: int = 0
    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MEASURES, 0))


def leaderships(doc: dict[str, Any]) -> list[Leadership]:
    """The distinct (person, organization, position) facts of a document's relation mentions."""
    text = doc["text"]["string"]
    out: dict[tuple[str, str, str], Leadership] = {}
    for rel in doc["relationMentions"]["array"]:
        if rel["name"].casefold() != "organizationleadership":
            continue
        args: dict[str, str] = {}
        for arg in rel["args"]["array"]:
            span = arg["conceptMention"]["span"]
            args.setdefault(arg["role"], " ".join(text[span["start"] : span["end"]].split()))
        if {"person", "organization"} <= args.keys():
            fact = Leadership(args["person"], args["organization"], args.get("position", ""))
            out.setdefault((norm(fact.person), norm(fact.organization), norm(fact.position)), fact)
    return list(out.values())


def same_person(annotated: str, name: str) -> bool:
    a, b = norm(annotated).split(), norm(name).split()
    return bool(a and b) and (a == b or (len(a) == 1 and a[-1] == b[-1]))


def same_title(annotated: str, title: str) -> bool:
    if not annotated:
        return False
    a, b = role_key(annotated), role_key(title)
    return norm(annotated) == norm(title) or a == b or b.endswith(a) or a.endswith(b)


def judge(fact: Leadership, facts: Facts) -> dict[str, bool]:
    org_names = {
        o.name
        for o in facts.organizations
        if any(org_forms_match(form, fact.organization) for form in (o.name, *o.aliases))
    }

    def same_org(name: str | None) -> bool:
        return bool(name) and (name in org_names or org_forms_match(name or "", fact.organization))

    roles = [r for r in facts.roles if same_person(fact.person, r.person)]
    return {
        "person": any(same_person(fact.person, p.name) for p in facts.persons),
        "organization": bool(org_names),
        "affiliation": any(
            same_person(fact.person, a.person) and same_org(a.organization) for a in facts.affiliations
        )
        or any(same_org(r.organization) for r in roles),
        "title": any(same_title(fact.position, r.role) for r in roles),
        "title with organization": any(same_org(r.organization) for r in roles),
    }


def evaluate(docs: Iterable[dict[str, Any]], details: list[str]) -> Tally:
    tally = Tally()
    for doc in docs:
        facts_of_doc = leaderships(doc)
        if not facts_of_doc:
            continue
        facts = extract(doc["text"]["string"])
        for fact in facts_of_doc:
            verdict = judge(fact, facts)
            tally.facts += 1
            for measure, ok in verdict.items():
                tally.found[measure] += ok
            missed = [m for m, ok in verdict.items() if not ok]
            if missed:
                details.append(
                    f"{doc['id']}\t{fact.person}\t{fact.organization}\t{fact.position}\t{','.join(missed)}"
                )
    return tally


def report(tallies: dict[str, Tally], seconds: float) -> str:
    lines = [
        "# Person - organization - position recall on SmartData news (`OrganizationLeadership`)",
        "",
        "`python tests/bench/eval_leadership.py --out tests/bench/reports/leadership.md` "
        f"({time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, {seconds:.0f} s). Recall per distinct "
        "fact of a document; see the script's docstring for what each column counts.",
        "",
        "| split | facts | " + " | ".join(MEASURES) + " |",
        "|---|---|" + "---|" * len(MEASURES),
    ]
    for split, t in tallies.items():
        cells = [f"{t.found[m] / t.facts:.2f} ({t.found[m]})" if t.facts else "-" for m in MEASURES]
        lines.append(f"| {split} | {t.facts} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--details", type=Path, help="write the missed facts here (tab-separated)")
    args = parser.parse_args()
    t0 = time.perf_counter()
    v1_train, v1_held = split_smartdata_v1(SMARTDATA / "train-v1.json.gz")
    details: list[str] = []
    tallies = {
        "v3 dev (no model trained on it)": evaluate(read_smartdata_json(SMARTDATA / "dev.json.gz"), details),
        "v1, the NER model's held-out tenth": evaluate(v1_held, details),
        "v1, the nine tenths the NER model trained on": evaluate(v1_train, details),
    }
    total = Tally()
    for t in tallies.values():
        total.facts += t.facts
        for m in MEASURES:
            total.found[m] += t.found[m]
    tallies["all"] = total
    text = report(tallies, time.perf_counter() - t0)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    if args.details:
        args.details.write_text("\n".join(details) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
