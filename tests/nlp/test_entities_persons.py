"""Person names: titles, role words, given names, double names and particles (kg_person_names + merger)."""

from __future__ import annotations

from spacy.language import Language


def persons(nlp: Language, text: str) -> dict[str, list[str]]:
    return {e._.norm_name: e._.titles for e in nlp(text).ents if e.label_ == "PER"}


def test_title_after_function_word_is_stripped_and_kept(nlp: Language) -> None:
    assert persons(nlp, "Oberbürgermeister Dr. Fabian Mayer eröffnete die Sitzung.") == {
        "Fabian Mayer": ["Dr."]
    }


def test_two_titles_are_kept_in_order(nlp: Language) -> None:
    assert persons(nlp, "Den Vortrag hielt Prof. Dr. Heike Markus aus Trier.") == {
        "Heike Markus": ["Prof.", "Dr."]
    }


def test_engineering_titles(nlp: Language) -> None:
    found = persons(nlp, "Es sprachen Dipl.-Ing. Karl Brenner und Dr.-Ing. Anna Kurz.")
    assert found == {"Karl Brenner": ["Dipl.-Ing."], "Anna Kurz": ["Dr.-Ing."]}


def test_honorary_doctorate(nlp: Language) -> None:
    assert persons(nlp, "Geehrt wurde Dr. h.c. Walter Sommerfeld.") == {"Walter Sommerfeld": ["Dr. h.c."]}


def test_double_surname_after_female_role(nlp: Language) -> None:
    assert "Christiane Schmidt-Rose" in persons(nlp, "Landrätin Christiane Schmidt-Rose begrüßte die Gäste.")


def test_several_given_names(nlp: Language) -> None:
    assert "Jan Ole Berndt" in persons(nlp, "Jan Ole Berndt vom DFKI stellte das Werkzeug vor.")


def test_hyphenated_given_name(nlp: Language) -> None:
    assert "Eva-Lotta Brinkmann" in persons(
        nlp, "Für die Organisation dankte Eva-Lotta Brinkmann allen Helfern."
    )


def test_particles_belong_to_the_name(nlp: Language) -> None:
    found = persons(nlp, "Landrat Karl-Heinz van den Berg und Maria von Stetten unterschrieben den Vertrag.")
    assert {"Karl-Heinz van den Berg", "Maria von Stetten"} <= set(found)


def test_role_word_alone_is_no_person(nlp: Language) -> None:
    assert persons(nlp, "Die Leiterin der Stabsstelle wurde nicht genannt.") == {}


def test_role_with_topic_is_no_person(nlp: Language) -> None:
    assert persons(nlp, "Es sprach die Fachbereichsleiterin Marketing und Vertrieb.") == {}


def test_city_alone_is_no_person(nlp: Language) -> None:
    assert persons(nlp, "Kaiserslautern") == {}


def test_person_span_excludes_role_word(nlp: Language) -> None:
    doc = nlp("Einsatzleiterin Paula Reinhardt berichtete über den Einsatz.")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Paula Reinhardt"]


def test_surname_after_role_when_full_name_is_known(nlp: Language) -> None:
    doc = nlp("Bürgermeisterin Anna Vogt eröffnete das Fest. Danach dankte Rathauschefin Vogt den Vereinen.")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Anna Vogt", "Vogt"]


def test_ambiguous_given_name_after_role_word(nlp: Language) -> None:
    assert "Mark Wendel" in persons(nlp, "Zugführer Mark Wendel erklärte die Drehleiter.")


def test_capitalised_participle_is_no_person(nlp: Language) -> None:
    assert persons(nlp, "Gefördert wird das Vorhaben vom Land.") == {}


def test_every_person_has_a_confidence(nlp: Language) -> None:
    doc = nlp("Am Montag sprach Sabine Kortmann im Rathaus.")
    (ent,) = [e for e in doc.ents if e.label_ == "PER"]
    assert 0.5 < ent._.confidence <= 1.0 and ent._.source in {"rule", "model", "model+rule"}


def test_title_chain_with_lower_case_parts(nlp: Language) -> None:
    found = persons(nlp, "Es sprach Prof. Dr.-Ing. habil. Klaus Meier.")
    assert found == {"Klaus Meier": ["Prof.", "Dr.-Ing.", "habil."]}


def test_courtesy_word_announces_a_surname(nlp: Language) -> None:
    assert "Wendrich" in persons(nlp, "Zum Schluss dankte Herr Wendrich allen Helfern.")


def test_initial_between_given_name_and_surname(nlp: Language) -> None:
    assert "Christine K. Brückner" in persons(nlp, "Das Buch schrieb Christine K. Brückner im Jahr 2001.")


def test_role_word_with_unknown_given_name(nlp: Language) -> None:
    assert "Zorbek Qelaj" in persons(nlp, "Bürgermeister Zorbek Qelaj eröffnete die Sitzung.")
