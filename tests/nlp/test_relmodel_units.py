"""Units of the learned relation layer (nlp/relmodel): the linear scorer, word classes, pronouns,
quote text, grammatical functions. Invented German sentences, one behaviour each."""

from __future__ import annotations

import json

import spacy
from spacy.tokens import Doc

from nlp.relations.base import in_byline
from nlp.relations.testing import annotate
from nlp.relmodel.component import RelationModel
from nlp.relmodel.context import DocContext
from nlp.relmodel.linear import LinearModel
from nlp.relmodel.pronouns import first_name_gender, pronoun_mentions
from nlp.relmodel.quotes import quote_text, subjunctive
from nlp.relmodel.syntax import FUNCTION, pair_path
from nlp.wordclusters import cluster, cluster_features


def test_linear_model_scores_the_sum_of_its_feature_weights():
    model = LinearModel("t", {"a": 2.0, "b": -1.0}, bias=-1.0, threshold=0.5)
    assert abs(model.score(["a", "b"]) - 0.5) < 1e-9
    assert model.score(["a"]) > 0.5 > model.score(["b"])
    assert model.accepts(model.score(["a"])) and not model.accepts(model.score([]))


def test_linear_model_counts_a_repeated_feature_once():
    model = LinearModel("t", {"a": 1.0})
    assert model.score(["a", "a"]) == model.score(["a"])


def test_linear_model_round_trips_through_json(tmp_path):
    model = LinearModel("t", {"a": 0.25, "ß-Wort": -1.5}, bias=0.1, threshold=0.35, meta={"rows": 3})
    model.save(tmp_path / "t.json")
    again = LinearModel.load(tmp_path / "t.json")
    assert (again.weights, again.bias, again.threshold, again.meta) == (model.weights, 0.1, 0.35, {"rows": 3})
    assert json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))["name"] == "t"


def test_role_titles_share_a_word_class():
    assert cluster("Leiterin") == cluster("Geschäftsführer")
    assert cluster("Leiterin") != cluster("Fahrrad")


def test_unknown_word_has_no_cluster_features():
    assert cluster_features("Xyzqwertzuiop") == []


def test_cluster_lookup_falls_back_to_the_other_case():
    assert cluster("Betonte") == cluster("betonte")


def test_first_names_carry_a_gender():
    table = first_name_gender()
    assert table["Anna"] == "f" and table["Jonas"] == "m"


def _pronoun_targets(text: str, persons: tuple[str, ...]) -> dict[str, list[str]]:
    doc = annotate(text, persons)
    return {name: [m.span.text for m in ms] for name, ms in pronoun_mentions(DocContext(doc)).items()}


def test_pronoun_refers_to_the_person_of_its_gender():
    found = _pronoun_targets(
        "Anna Keller traf Jonas Weber. Er erklärte ihr den Plan.", ("Anna Keller", "Jonas Weber")
    )
    assert found == {"Jonas Weber": ["Er"], "Anna Keller": ["ihr"]}


def test_feminine_title_gives_the_gender_of_a_person_with_an_unknown_first_name():
    found = _pronoun_targets("Die Leiterin Kyrill Zorn eröffnete. Sie sprach lange.", ("Kyrill Zorn",))
    assert found == {"Kyrill Zorn": ["Sie"]}


def test_pronoun_inside_quotation_marks_refers_to_nobody():
    found = _pronoun_targets(
        "Jonas Weber ging. „Er hat viel geleistet“, sagte Anna Keller.", ("Jonas Weber",)
    )
    assert found == {}


def test_pronoun_without_antecedent_refers_to_nobody():
    assert _pronoun_targets("Er kam spät. Anna Keller wartete.", ("Anna Keller",)) == {}


def _mention(text: str, person: str):
    doc = annotate(text, (person,))
    ctx = DocContext(doc)
    return ctx, ctx.mentions[person][0]


def test_dass_clause_is_reported_speech():
    ctx, m = _mention("Jonas Weber betonte, dass der Haushalt ausgeglichen sei.", "Jonas Weber")
    text, form, *_ = quote_text(ctx, m)
    assert (text, form) == ("der Haushalt ausgeglichen sei", "indirect")


def test_clause_after_speech_verb_and_comma_is_reported_speech():
    ctx, m = _mention("Jonas Weber sagte, der Haushalt sei ausgeglichen.", "Jonas Weber")
    assert quote_text(ctx, m)[:2] == ("der Haushalt sei ausgeglichen", "indirect")


def test_clause_before_a_trailing_speech_verb_is_reported_speech():
    ctx, m = _mention("Der Haushalt sei ausgeglichen, sagte Jonas Weber.", "Jonas Weber")
    assert quote_text(ctx, m)[:2] == ("Der Haushalt sei ausgeglichen", "indirect")


def test_quoted_words_are_a_direct_quote():
    ctx, m = _mention("„Wir bauen die Brücke bis zum Sommer“, sagte Jonas Weber.", "Jonas Weber")
    text, form, start, end = quote_text(ctx, m)
    assert (text, form) == ("Wir bauen die Brücke bis zum Sommer", "direct")
    assert ctx.doc.text[start:end].startswith("„")


def test_konjunktiv_form_marks_reported_speech_without_morphology():
    doc = spacy.blank("de")("Die Lage sei ernst")
    assert subjunctive(doc[2]) and not subjunctive(doc[1])


def test_ud_and_tiger_labels_map_to_the_same_function():
    assert FUNCTION["nsubj"] == FUNCTION["sb"] == "SUBJ"
    assert FUNCTION["appos"] == FUNCTION["app"] == "APPOS"


def test_dependency_path_between_apposition_and_name():
    words = ["Anna", "Keller", ",", "Leiterin", "des", "Amtes"]
    doc = Doc(
        spacy.blank("de").vocab,
        words=words,
        heads=[0, 0, 3, 0, 5, 3],
        deps=["ROOT", "flat", "punct", "appos", "det", "nmod"],
    )
    assert pair_path(doc[3], doc[0]) == "APPOS|"
    assert pair_path(doc[5], doc[0]) == "NMOD^APPOS|"


def test_applying_the_component_twice_gives_the_same_facts():
    doc = annotate("Jonas Weber, Leiter des Bauamts, sprach auf der Tagung.", ("Jonas Weber",), ("Bauamts",))
    component = RelationModel.from_dir("kg_relation_model", RelationModel.default_dir())
    first = [(r.person.text, r.role, r.org_name) for r in component(doc)._.kg_roles]
    second = [(r.person.text, r.role, r.org_name) for r in component(doc)._.kg_roles]
    assert first == second


def test_clause_before_a_trailing_so_attribution_is_reported_speech():
    ctx, m = _mention("Die Kosten seien deutlich gesunken, so Jonas Weber.", "Jonas Weber")
    assert quote_text(ctx, m)[:2] == ("Die Kosten seien deutlich gesunken", "indirect")


def test_threshold_is_chosen_among_those_reaching_the_precision_target():
    from nlp.training.relations import choose_threshold

    measured = {0.5: (0.80, 0.80, 0.80), 0.6: (0.86, 0.70, 0.77), 0.7: (0.90, 0.60, 0.72)}
    assert choose_threshold(measured) == 0.6


def test_threshold_falls_back_to_the_best_f1_when_none_is_precise_enough():
    from nlp.training.relations import choose_threshold

    measured = {0.5: (0.70, 0.80, 0.747), 0.6: (0.75, 0.70, 0.724)}
    assert choose_threshold(measured) == 0.5


BYLINE = "Kongress in Nordheim\nvon Ilse Berg\nDer Kongress tagte. Jan Roth sprach über Geld.\n"


def test_name_in_a_byline_line_is_an_author_credit():
    doc = annotate(BYLINE + "Text und Foto: Eva Alt", ("Ilse Berg", "Jan Roth", "Eva Alt"))
    assert [in_byline(e) for e in doc.ents] == [True, False, True]


def test_person_named_only_in_the_byline_is_no_speaker_even_for_an_accepting_model():
    doc = annotate(BYLINE, ("Ilse Berg", "Jan Roth"))
    accept_all = LinearModel("speakers", {}, bias=1.0, threshold=0.0)
    found = RelationModel.decide_speakers(DocContext(doc), accept_all)
    assert {link.person.text for link in found} == {"Jan Roth"}


def test_short_quote_after_a_colon_is_the_quoted_words_not_the_sentence():
    ctx, m = _mention("Auf die Frage nach der Halle antwortete Jonas Weber knapp: „Sicher.“", "Jonas Weber")
    assert quote_text(ctx, m)[:2] == ("Sicher.", "direct")


def test_role_phrase_before_a_name_in_apposition_is_not_the_report():
    ctx, _ = _mention("Der Chef der Stadtwerke, Jonas Weber, erklärte, man werde sparen.", "Jonas Weber")
    name = next(m for m in ctx.mentions["Jonas Weber"] if m.span.text == "Jonas Weber")
    assert quote_text(ctx, name)[:2] == ("man werde sparen", "indirect")


def test_a_listed_form_of_a_particle_verb_without_its_particle_is_no_verb_of_saying(nlp):
    from nlp.relmodel.cues import cue_classes

    doc = nlp("Eva Sand stellte sich nach zehn Jahren nicht mehr zur Wahl.")
    assert "SPEECH" not in cue_classes(doc[2])


def test_a_listed_form_of_a_particle_verb_with_its_particle_in_the_clause_is_a_verb_of_saying(nlp):
    from nlp.relmodel.cues import cue_classes

    doc = nlp("Eva Sand fasste zusammen: Alles sei gut gelaufen.")
    assert "SPEECH" in cue_classes(doc[2])


def _lemmatised(words: list[str], lemmas: list[str]) -> Doc:
    pos = ["VERB" if i == 1 else "X" for i in range(len(words))]
    starts = [True] + [False] * (len(words) - 1)
    return Doc(spacy.blank("de").vocab, words=words, lemmas=lemmas, pos=pos, sent_starts=starts)


def test_a_base_verb_with_its_longer_particle_later_in_the_clause_is_no_bare_particle_verb():
    from nlp.relations.reported import bare_particle_verb

    words = ["Sie", "wies", "die", "Vorwürfe", "zurück", "."]
    doc = _lemmatised(words, ["sie", "weisen", "der", "Vorwurf", "zurück", "."])
    assert not bare_particle_verb(doc[1])  # "zurückweisen": the particle is "zurück", not "zu"


def test_a_base_verb_without_any_of_its_particles_is_a_bare_particle_verb():
    from nlp.relations.reported import bare_particle_verb

    doc = _lemmatised(["Sie", "wies", "den", "Weg", "."], ["sie", "weisen", "der", "Weg", "."])
    assert bare_particle_verb(doc[1])
