"""Time hints of roles: one grammatical construction per test, on invented sentences."""

from nlp.relations.testing import annotate, rules_only


def times(text, persons=("Eva Rot",), orgs=()):
    doc = annotate(text, persons, orgs)
    return [(r.person.text, r.time) for r in doc._.kg_roles]


def test_since_month_and_year_before_the_title():
    assert times("Eva Rot ist seit März 2022 Leiterin des Bauamts.", orgs=("Bauamts",)) == [
        ("Eva Rot", "seit März 2022")
    ]


def test_until_end_of_year_before_the_title():
    assert times("Eva Rot war bis Ende 2023 Leiterin des Bauamts.", orgs=("Bauamts",)) == [
        ("Eva Rot", "bis Ende 2023")
    ]


def test_from_a_day_without_year_before_the_title():
    assert times("Eva Rot wird ab dem 1. Januar Leiterin des Bauamts.", orgs=("Bauamts",)) == [
        ("Eva Rot", "ab dem 1. Januar")
    ]


def test_zuvor_before_the_title_marks_a_former_office():
    assert times("Eva Rot war zuvor Leiterin des Bauamts.", orgs=("Bauamts",)) == [("Eva Rot", "ehemalig")]


def test_season_and_year_after_im():
    assert times("Eva Rot wurde im Herbst 2023 Leiterin des Bauamts.", orgs=("Bauamts",)) == [
        ("Eva Rot", "im Herbst 2023")
    ]


def test_appointment_date_with_zum():
    assert times("Eva Rot wird zum 1. April Leiterin des Bauamts.", orgs=("Bauamts",)) == [
        ("Eva Rot", "zum 1. April")
    ]


def test_effective_date_of_an_appointment():
    assert times("Eva Rot wird mit Wirkung vom 1. Mai 2025 Leiterin des Bauamts.", orgs=("Bauamts",)) == [
        ("Eva Rot", "mit Wirkung vom 1. Mai 2025")
    ]


def test_from_to_range_in_an_apposition():
    found = times("Eva Rot, von 2018 bis 2022 Leiterin des Bauamts, sprach.", orgs=("Bauamts",))
    assert found == [("Eva Rot", "von 2018 bis 2022")]


def test_phrase_after_the_title_and_its_organization():
    found = times("Eva Rot ist Leiterin des Bauamts seit März 2022.", orgs=("Bauamts",))
    assert found == [("Eva Rot", "seit März 2022")]


def test_phrase_before_als_and_the_title():
    found = times("Die Stadt dankte Eva Rot, die seit Mai 2022 als kommissarische Leiterin tätig war.")
    assert found == [("Eva Rot", "kommissarisch, seit Mai 2022")]


def test_phrase_opening_the_sentence_belongs_to_the_title_of_its_clause():
    assert times("Bis 2023 war Eva Rot Leiterin des Bauamts.", orgs=("Bauamts",)) == [("Eva Rot", "bis 2023")]


def test_opening_phrase_stops_at_a_comma():
    found = times(
        "Seit 2019 ist Eva Rot Leiterin, ihr Vorgänger Max Alt war Amtsleiter.", ("Eva Rot", "Max Alt")
    )
    assert found == [("Eva Rot", "seit 2019"), ("Max Alt", None)]


def test_verb_role_takes_the_phrase_between_verb_and_object():
    found = times("Eva Rot leitet seit 2019 das Bauamt Nordstadt.", orgs=("Bauamt Nordstadt",))
    assert found == [("Eva Rot", "seit 2019")]


def test_verb_role_takes_the_phrase_opening_the_sentence():
    found = times("Ab dem 1. Januar leitet Eva Rot das Bauamt Nordstadt.", orgs=("Bauamt Nordstadt",))
    assert found == [("Eva Rot", "ab dem 1. Januar")]


def test_taking_over_an_office_from_a_date():
    found = times(
        "Eva Rot übernimmt ab 1. Juli die Leitung des Bauamts Nordstadt.", orgs=("Bauamts Nordstadt",)
    )
    assert found == [("Eva Rot", "ab 1. Juli")]


def test_designated_stays_a_hint():
    assert times("Die designierte Präsidentin Eva Rot sprach.") == [("Eva Rot", "designiert")]


def test_acting_stays_a_hint():
    assert times("Eva Rot ist kommissarische Leiterin des Bauamts.", orgs=("Bauamts",)) == [
        ("Eva Rot", "kommissarisch")
    ]


def test_a_date_without_a_preposition_is_no_hint():
    assert times("Eva Rot ist Leiterin des Bauamts, das 2019 gegründet wurde.", orgs=("Bauamts",)) == [
        ("Eva Rot", None)
    ]


def test_since_a_weekday_before_the_title():
    assert times("Eva Rot ist seit Montag Leiterin des Bauamts.", orgs=("Bauamts",)) == [
        ("Eva Rot", "seit Montag")
    ]


def test_from_now_on_before_the_title():
    assert times("Eva Rot ist ab sofort Leiterin des Bauamts.", orgs=("Bauamts",)) == [
        ("Eva Rot", "ab sofort")
    ]


def test_since_the_start_of_the_year_before_the_title():
    text = "Eva Rot ist seit Anfang des Jahres Leiterin des Bauamts."
    assert times(text, orgs=("Bauamts",)) == [("Eva Rot", "seit Anfang des Jahres")]


def test_since_a_season_with_its_year_before_the_title():
    assert times("Eva Rot ist seit Herbst 2022 Leiterin des Bauamts.", orgs=("Bauamts",)) == [
        ("Eva Rot", "seit Herbst 2022")
    ]


def test_duration_since_the_start_before_the_title():
    assert times("Eva Rot ist seit mehr als zehn Jahren Leiterin des Bauamts.", orgs=("Bauamts",)) == [
        ("Eva Rot", "seit mehr als zehn Jahren")
    ]


def test_phrase_that_ends_the_text_without_a_full_stop():
    found = times("Eva Rot ist Leiterin des Bauamts seit 2019", orgs=("Bauamts",))
    assert found == [("Eva Rot", "seit 2019")]


def test_a_semester_dates_an_office_like_a_season():
    found = times(
        "Eva Rot ist seit dem Wintersemester Professorin an der Hochschule Nord.", orgs=("Hochschule Nord",)
    )
    assert found == [("Eva Rot", "seit dem Wintersemester")]


def test_years_before_a_noun_they_measure_are_no_term_of_office(nlp):
    doc = rules_only(nlp, "Für 40 Jahre aktiven Dienst wurde Oberbrandmeister Jan Ott geehrt.")
    assert [(r.role, r.time) for r in doc._.kg_roles] == [("Oberbrandmeister", None)]


def test_years_before_a_title_stay_a_term_of_office(nlp):
    doc = rules_only(nlp, "Eva Rot ist für fünf Jahre stellvertretende Vorsitzende des Vereins Nordheim.")
    assert [(r.role, r.time) for r in doc._.kg_roles] == [("stellvertretende Vorsitzende", "für fünf Jahre")]
