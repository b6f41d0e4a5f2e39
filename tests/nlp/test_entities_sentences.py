"""The German sentence splitter used when the model has no parser (kg_sentences)."""

from __future__ import annotations

import spacy

from nlp.components import sentences  # noqa: F401  (registers kg_sentences)


def sents(text: str) -> list[str]:
    nlp = spacy.blank("de")
    nlp.add_pipe("kg_sentences")
    return [s.text.strip() for s in nlp(text).sents]


def test_no_split_after_titles() -> None:
    assert sents("Prof. Dr. Anna Weiß sprach. Dann kam Dr. Kurt Bauer.") == [
        "Prof. Dr. Anna Weiß sprach.",
        "Dann kam Dr. Kurt Bauer.",
    ]


def test_no_split_inside_z_b() -> None:
    assert len(sents("Einige Kommunen, z. B. Trier, machen mit.")) == 1


def test_no_split_after_ordinal_date() -> None:
    assert len(sents("Die Tagung fand am 18. Januar in Mainz statt.")) == 1


def test_split_after_a_year_that_keeps_the_full_stop() -> None:
    assert sents("Eva Sand kam 2020. Sie leitet das Amt.") == ["Eva Sand kam 2020.", "Sie leitet das Amt."]


def test_no_split_after_a_day_before_a_month() -> None:
    assert sents("Eva Sand kam am 20. Mai nach Nordtal.") == ["Eva Sand kam am 20. Mai nach Nordtal."]


def test_a_dated_dateline_is_no_part_of_the_sentence_after_it() -> None:
    found = sents("Nordtal, 3. März 2025 – Die Stadt plant neu.")
    assert found == ["Nordtal, 3. März 2025 –", "Die Stadt plant neu."]


def test_no_split_after_glued_title_period() -> None:
    assert len(sents("Es sprach Dr.-Ing. Anna Kurz über Brücken.")) == 1


def test_line_break_always_splits() -> None:
    assert sents("Aktuelle Beiträge\n18. Januar 2025\nNeue Termine") == [
        "Aktuelle Beiträge",
        "18. Januar 2025",
        "Neue Termine",
    ]


def test_split_after_closing_quote() -> None:
    assert sents("„Wir sind bereit.“ Danach folgte der Rundgang.") == [
        "„Wir sind bereit.“",
        "Danach folgte der Rundgang.",
    ]


def test_lower_case_continuation_does_not_split() -> None:
    assert len(sents("Das gilt für Straßen, Wege usw. und auch für Plätze.")) == 1


def test_wrapped_line_going_on_in_lower_case_is_joined() -> None:
    assert sents("Am Montag trafen sich die Mitglieder des\nVereins im Rathaus. Dann gingen sie.") == [
        "Am Montag trafen sich die Mitglieder des\nVereins im Rathaus.",
        "Dann gingen sie.",
    ]


def test_line_ending_with_a_conjunction_is_joined() -> None:
    assert len(sents("Es kamen Gäste aus Politik und\nWirtschaft in die Halle.")) == 1


def test_line_ending_with_a_title_is_joined() -> None:
    assert len(sents("Die Festrede hielt Prof. Dr.\nKarla Nordmann aus Trier.")) == 1


def test_line_ending_with_a_day_ordinal_is_joined() -> None:
    assert len(sents("Der Empfang beginnt am 4.\nMai im Saal.")) == 1


def test_line_ending_with_a_year_ends_the_sentence() -> None:
    assert len(sents("Der Umbau endet im Sommer 2026.\nDanach zieht das Amt ein.")) == 2


def test_heading_before_a_paragraph_stays_its_own_segment() -> None:
    assert sents("Neue Leiterin im Bauamt\nDie Stadt hat eine neue Amtsleiterin.") == [
        "Neue Leiterin im Bauamt",
        "Die Stadt hat eine neue Amtsleiterin.",
    ]


def test_blank_line_always_splits() -> None:
    assert len(sents("Es kamen Gäste aus Politik und\n\nWirtschaft lädt ein.")) == 2


def test_name_cut_at_the_end_of_a_wrapped_line_is_joined() -> None:
    text = (
        "Die Gäste der Feier im großen Saal der alten Stadthalle wurden von\n"
        "der Bürgermeisterin begrüßt. Danach sprachen Landrätin Petra\n"
        "Hollmann, der Kämmerer und die Leiterin des Bauamts über die\n"
        "neuen Pläne für den Marktplatz und die Schulen im Ortsteil Nord.\n"
    )
    assert sents(text)[-1].startswith("Danach sprachen Landrätin Petra\nHollmann, der Kämmerer")


def test_short_line_in_a_wrapped_paragraph_stays_a_heading() -> None:
    text = (
        "Rückblick auf das Jahr\n"
        "Nach der Sommerpause geht die Verwaltung der Stadt in das letzte ihrer\n"
        "sechs Arbeitsjahre. Dazu trafen sich alle Mitglieder des Rates am\n"
        "Montag im großen Saal.\n"
    )
    assert sents(text)[0] == "Rückblick auf das Jahr"


def test_caption_starting_with_a_verb_stays_one_segment_with_its_names() -> None:
    caption = "Stellten die App vor (v.l.n.r.): Anna Alt, Bernd Berg und Carla Cron."
    text = f"Stadt stellt App vor\n{caption}\nDie App ist neu."
    assert sents(text) == [
        "Stadt stellt App vor",
        caption,
        "Die App ist neu.",
    ]


def test_caption_with_abbreviated_titles_is_not_split() -> None:
    text = "Im Bild von links: Priv. Doz. Dr. Jens Falk und Ltd. Polizeidirektor Olaf Brenner."
    assert len(sents(text)) == 1


def test_caption_line_name_role_organization_is_one_segment() -> None:
    text = "Eva Muster, Leiterin des Bauamts der Stadt Irgendwo\nDas Bauamt zieht um."
    assert sents(text) == ["Eva Muster, Leiterin des Bauamts der Stadt Irgendwo", "Das Bauamt zieht um."]


def test_bullet_line_is_never_joined_to_the_line_above() -> None:
    assert sents("Themen waren Schulen und\n- Radwege im Ort") == [
        "Themen waren Schulen und",
        "- Radwege im Ort",
    ]


def test_prose_line_ending_in_a_given_name_is_joined_to_the_surname() -> None:
    text = (
        "Die Stadt Kiel hat eine neue Pressesprecherin gefunden: Petra\nLindner übernimmt das Amt im Mai.\n"
    )
    assert sents(text) == [
        "Die Stadt Kiel hat eine neue Pressesprecherin gefunden: Petra\nLindner übernimmt das Amt im Mai."
    ]


def test_a_dateline_after_a_line_ending_in_a_given_name_stays_apart() -> None:
    text = "Die Lampen bringen ein Drittel des Umsatzes ein. Foto: Jana Petra\nMünchen. Der Konzern wächst.\n"
    assert sents(text)[-2:] == ["München.", "Der Konzern wächst."]


def test_agency_dateline_is_no_part_of_the_first_sentence() -> None:
    assert sents("Kell/Nordheim (dpa) - Die Stadtwerke bauen ein Netz.") == [
        "Kell/Nordheim (dpa) -",
        "Die Stadtwerke bauen ein Netz.",
    ]


def test_name_with_a_party_and_a_dash_apposition_stays_one_sentence() -> None:
    assert len(sents("Eva Sand (CDU) – die neue Bürgermeisterin – sprach.")) == 1
