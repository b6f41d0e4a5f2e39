"""The kg eval scorer: lenient name matching and P/R/F1 counting."""

import json

from nlp.facts import Facts
from nlp.scoring import norm, org_forms_match, score_article, score_dir


def test_norm_drops_titles_case_and_punctuation():
    assert norm("Prof. Dr.  Anna-Lena MUSTER") == norm("anna lena muster")


def test_org_names_match_across_inflection():
    assert org_forms_match("des Deutschen Instituts für Tests", "Deutsches Institut für Tests")


def test_org_part_covering_half_matches():
    assert org_forms_match("Nordwerke AG", "Nordwerke") and not org_forms_match(
        "Stadt", "Stadtverwaltung Nordheim"
    )


def test_roles_match_across_gendered_forms():
    gold = {
        "persons": [{"name": "Eva Muster", "aliases": []}],
        "roles": [{"person": "Eva Muster", "role": "Leiter", "organization": None}],
    }
    pred = {"roles": [{"person": "Eva Muster", "role": "Leiterin", "organization": None}]}
    assert score_article(gold, pred).counts["roles"].tp == 1


def test_quotes_count_each_person_once():
    gold = {"quotes": ["Eva Muster"]}
    pred = {"quotes": [{"person": "Eva Muster", "quote": "a"}, {"person": "Eva Muster", "quote": "b"}]}
    counts = score_article(gold, pred).counts["quotes"]
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 0)


def test_score_dir_sums_over_articles(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("Text", encoding="utf-8")
        gold = {"persons": [{"name": "Eva Muster", "aliases": []}, {"name": "Max Fehlt", "aliases": []}]}
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    facts = Facts.model_validate({"persons": [{"name": "Dr. Eva Muster"}]})
    report = score_dir(tmp_path, lambda text, doc_id: facts)
    total = report.totals()["persons"]
    assert (total.tp, total.fn, round(total.recall, 2)) == (2, 2, 0.5)
    assert "persons" in report.to_markdown()


def test_report_prints_a_plain_table(tmp_path):
    (tmp_path / "a.txt").write_text("Text", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text(json.dumps({"quotes": ["Eva Muster"]}), encoding="utf-8")
    report = score_dir(tmp_path, lambda text, doc_id: Facts())
    assert "quotes" in str(report) and "articles: 1" in str(report)
