"""Base forms of printed role titles (nlp/relations/role_forms.py), one construction per test."""

import doctest

from nlp.relations import role_forms
from nlp.relations.role_forms import base_form, noun_form, partner, role_word_gender, title_number


def test_docstring_examples():
    result = doctest.testmod(role_forms)
    assert result.attempted > 0 and result.failed == 0


def test_genitive_adjective_and_title_reduced():
    assert base_form("des Ärztlichen Direktors") == "Ärztlicher Direktor"


def test_accusative_adjective_and_title_reduced():
    assert base_form("den stellvertretenden Bürgermeister") == "stellvertretender Bürgermeister"


def test_feminine_adjective_takes_strong_feminine_ending():
    assert base_form("der kommissarischen Leiterin") == "kommissarische Leiterin"


def test_umlaut_plural_reduced_to_singular():
    assert base_form("die beiden Chefärzte") == "Chefarzt"
    assert base_form("die Staatssekretäre") == "Staatssekretär"


def test_plural_with_an_initial_umlaut_reduced_to_singular():
    assert base_form("die Ärzte") == "Arzt"


def test_feminine_plural_reduced_to_singular():
    assert base_form("der Geschäftsführerinnen") == "Geschäftsführerin"


def test_compound_inflects_like_its_last_part():
    assert base_form("Kreisbrandinspektoren") == "Kreisbrandinspektor"


def test_hyphenated_compound_keeps_its_prefix():
    assert noun_form("ITEOS-Vorstände").base == "ITEOS-Vorstand"


def test_nominalised_adjective_gender_from_article():
    assert base_form("den Vorsitzenden") == "Vorsitzender"
    assert base_form("der Vorsitzende") == "Vorsitzender"
    assert base_form("die Vorsitzende") == "Vorsitzende"
    assert base_form("der Vorsitzenden") == "Vorsitzende"


def test_nominalised_adjective_gender_from_hint():
    assert base_form("die Beigeordneten", gender="f") == "Beigeordnete"
    assert base_form("die Beigeordneten", gender="m") == "Beigeordneter"
    assert base_form("die Abgeordneten") == "Abgeordneter"  # default: masculine


def test_nominalised_adjective_gender_from_article_beats_the_given_name():
    assert base_form("die Kreisvorsitzende", gender="m") == "Kreisvorsitzende"
    assert base_form("der Vorsitzenden", gender="m") == "Vorsitzender"  # genitive plural as well


def test_masculine_plural_of_a_woman_takes_the_feminine_form():
    assert base_form("die Geschäftsführer", gender="f") == "Geschäftsführerin"
    assert partner("Chefarzt") == "Chefärztin"


def test_singular_printed_form_keeps_its_gender():
    assert base_form("Leiterin", gender="m") == "Leiterin"


def test_complement_after_the_head_stays_as_printed():
    assert base_form("Leiterin des Ordnungsamts") == "Leiterin des Ordnungsamts"
    assert base_form("Dezernentin für Bau und Verkehr") == "Dezernentin für Bau und Verkehr"


def test_unknown_and_multiword_titles_stay():
    assert base_form("Chief Digital Officer") == "Chief Digital Officer"
    assert base_form("stv. Direktor") == "stv. Direktor"


def test_number_of_a_printed_title():
    assert title_number("die Chefärzte") == "pl"
    assert title_number("Leiterin") == "sg"
    assert title_number("der Leiter") is None
    assert title_number("die Leiter") == "pl"
    assert title_number("die Vorsitzende") == "sg"


def test_a_masculine_title_after_an_adjective_in_plain_e_and_no_determiner_is_plural():
    assert title_number("neue Prokuristen") == "pl"
    assert title_number("neuer Prokurist") == "sg"


def test_gender_inclusive_form_is_the_role_of_either_gender():
    assert base_form("Sprecher*in", "f") == "Sprecherin"
    assert base_form("Sprecher*in", "m") == "Sprecher"


def test_gender_inclusive_plural_with_a_colon_is_a_plural_of_either_gender():
    found = noun_form("Referent:innen")
    assert (found.base, found.genus, found.number) == ("Referent", None, "pl")


def test_gender_inclusive_form_with_a_capital_i():
    assert base_form("LeiterIn", "f") == "Leiterin"


def test_a_word_ending_in_in_is_no_gender_inclusive_form():
    assert noun_form("Berlin") is None


def test_feminine_with_an_umlaut_has_the_plain_vowel_in_the_masculine():
    assert partner("Finanzvorständin") == "Finanzvorstand"
    assert role_word_gender("Vorständin") == "f"


def test_any_title_after_a_capitalised_prefix_and_a_hyphen_is_that_title():
    from nlp.relations.lexicon import role_hit

    hit = role_hit("SPD-Stadträtin")
    assert hit is not None and (hit.entry.key, hit.prefix) == ("stadtrat", "SPD-")


def test_the_feminine_of_a_members_title_ending_in_raetin_is_a_title():
    from nlp.relations.lexicon import role_hit

    hit = role_hit("Bezirksrätin")
    assert hit is not None and hit.entry.key == "rat"


def test_compounds_of_kaemmerer_and_jugendpfleger_are_titles():
    from nlp.relations.lexicon import role_hit

    assert [role_hit(w).entry.key for w in ("Kreiskämmerer", "Stadtjugendpflegerin")] == [
        "kaemmerei",
        "jugendpflege",
    ]


def test_the_other_form_of_a_two_word_title_entry_is_its_gender_partner_where_no_in_form_exists():
    from nlp.relations.role_forms import partner

    assert partner("Bezirkshauptmann") == "Bezirkshauptfrau"
    assert partner("Bezirkshauptfrau") == "Bezirkshauptmann"


def test_a_councillor_title_with_a_portfolio_before_it_is_a_compound_of_stadtrat():
    from nlp.relations.lexicon import role_hit

    hit = role_hit("Umweltstadtrat")
    assert hit is not None and (hit.entry.key, hit.prefix) == ("stadtrat", "Umwelt")


def test_a_warden_title_with_its_level_before_it_is_a_compound_of_the_warden():
    from nlp.relations.lexicon import role_hit

    hit = role_hit("Kreisjugendwart")
    assert hit is not None and (hit.entry.key, hit.prefix) == ("wart", "Kreis")
    assert role_hit("Gegenwart") is None
