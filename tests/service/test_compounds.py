"""Query-side compound and inflection matching (service/search/compounds.py) and close-topic suggestions."""

from __future__ import annotations

from service.search.analyzer import Analyzer
from service.search.compounds import TermExpander
from service.search.suggest import TopicSuggester


def expander(*texts: str) -> TermExpander:
    """An expander over the index terms of `texts`, as an index builds it."""
    analyzer = Analyzer(Analyzer.vocabulary_of(texts))
    return TermExpander({t for text in texts for t in analyzer.terms(text)})


def matched(exp: TermExpander, word: str) -> dict[str, float]:
    return dict(exp.expand(word))


def test_an_inflected_form_matches_the_stem() -> None:
    assert "kris" in matched(expander("Die Stadt lernt aus Krisen."), "Krise")


def test_a_word_matches_the_compounds_it_begins() -> None:
    exp = expander("Sie leitet das Krisenmanagement der Stadt.")
    assert "krisenmanagement" in matched(exp, "Krise")


def test_a_word_matches_the_compounds_it_ends() -> None:
    exp = expander("Der Kreis wurde Opfer eines Cyberangriffs.")
    assert "cyberangriff" in matched(exp, "Angriff")


def test_a_long_word_matches_inside_a_compound() -> None:
    exp = expander("Ein Projekt zur Unterstützung des Krisenmanagementsystems.")
    assert "krisenmanagementsystem" in matched(exp, "Management")


def test_the_bare_stem_does_not_begin_an_unrelated_word() -> None:
    exp = expander("Der Kristall glänzt.")
    assert "kristall" not in matched(exp, "Krise")


def test_the_word_itself_weighs_more_than_a_compound() -> None:
    weights = matched(expander("Krisen und Krisenmanagement."), "Krise")
    assert weights["kris"] > weights["krisenmanagement"]


def test_a_misspelt_topic_gets_the_close_indexed_word() -> None:
    suggester = TopicSuggester(["Vortrag über Krisenmanagement in Kommunen"])
    assert suggester.suggest("Krisenmangement") == ["Krisenmanagement"]


def test_suggestions_read_umlauts_written_out() -> None:
    assert TopicSuggester(["Hilfe für Hörgeräte"]).suggest("Hoergeraete") == ["Hörgeräte"]


def test_nothing_close_suggests_nothing() -> None:
    assert TopicSuggester(["Vortrag über Krisenmanagement"]).suggest("Quantenchromodynamik") == []
