"""Reading a short form as the abbreviation of an organization's name."""

from nlp.relations.abbreviations import abbreviates, is_abbreviation


def test_initials_of_hyphenated_words_with_a_trailing_place():
    assert abbreviates("HLZ", "Herz-Lungen-Zentrum Talheim")


def test_letters_from_the_parts_of_a_compound():
    assert abbreviates("VBN", "Verkehrsverbund Nordheide")


def test_function_words_are_skipped():
    assert abbreviates("ZKF", "Zentrum für Kommunale Forschung")


def test_letter_inside_a_word_that_starts_no_compound_part_does_not_count():
    assert not abbreviates("HKZ", "Hochschule Koblenz")


def test_a_name_that_starts_with_the_short_form_is_not_abbreviated_by_it():
    assert not abbreviates("MPI", "MPI für Chemie")


def test_mixed_case_short_form_is_an_abbreviation_but_a_name_is_not():
    assert is_abbreviation("HfWU")
    assert not is_abbreviation("Herz-Lungen-Zentrum")


def test_letters_from_the_parts_of_a_compound_of_several_words():
    assert abbreviates("HWK", "Handwerkskammer Südtal")  # Hand|werks|kammer


def test_short_last_part_of_a_compound_gives_its_letter():
    assert abbreviates("LKA", "Landeskriminalamt Nordland")


def test_short_word_inside_a_compound_is_no_part_of_its_own():
    assert not abbreviates("LKA", "Landesamt für Kultur")
