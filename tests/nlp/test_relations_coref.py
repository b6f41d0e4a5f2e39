"""Within-article coreference and boilerplate."""

from nlp.relations.testing import annotate, rules_only


def test_surname_mention_joins_full_name():
    doc = annotate(
        "Clara Schmidtke kam früh. Später sprach Frau Schmidtke.", ("Clara Schmidtke", "Schmidtke")
    )
    assert [(c.name, len(c.spans)) for c in doc._.kg_people] == [("Clara Schmidtke", 2)]


def test_a_cued_given_name_alone_joins_the_one_full_name_introduced_with_it():
    doc = annotate(
        "Diakon Tobias Brenner hielt die Andacht. Danach dankte Diakon Tobias allen.",
        ("Tobias Brenner", "Tobias"),
    )
    assert [(c.name, len(c.spans)) for c in doc._.kg_people] == [("Tobias Brenner", 2)]


def test_untagged_surname_mention_is_found():
    doc = annotate("Clara Schmidtke kam früh. Schmidtkes Rede war kurz.", ("Clara Schmidtke",))
    assert len(doc._.kg_people[0].spans) == 2


def test_date_tail_is_boilerplate():
    text = "Anna Test sprach lange.\nAktuelle Beiträge\n18. Januar 2025\n17. Januar 2025\nMax Tail – Tour"
    doc = annotate(text, ("Anna Test", "Max Tail"))
    assert [c.name for c in doc._.kg_people if c.in_content()] == ["Anna Test"]


def test_definite_title_refers_to_its_single_holder():
    doc = annotate("Direktorin Ada Berg kam früh. Die Direktorin stellte das Konzept vor.", ("Ada Berg",))
    assert [doc._.kg_person_at[s.person.start] for s in doc._.kg_speakers] == ["Ada Berg"]


def test_bracketed_short_form_and_its_compound_join_the_organization():
    text = "Das Netzwerk Dorf Digital (NDD) lud ein. Im NDD-Netzwerk sind zehn Orte."
    doc = annotate(text, orgs=("Netzwerk Dorf Digital", "NDD-Netzwerk"))
    assert [(c.name, sorted(c.aliases)) for c in doc._.kg_orgs] == [
        ("Netzwerk Dorf Digital", ["NDD", "NDD-Netzwerk"])
    ]


def test_short_form_joins_the_longer_name_it_starts():
    doc = annotate(
        "Das Nord Klinikum Ost wächst. Im Nord Klinikum arbeiten 90 Menschen.",
        orgs=("Nord Klinikum Ost", "Nord Klinikum"),
    )
    assert [c.name for c in doc._.kg_orgs] == ["Nord Klinikum Ost"]


def test_bare_unit_name_joins_the_one_full_name_of_the_article():
    text = "Das Bauamt der Stadt Talheim zieht um. Das Bauamt öffnet am Montag."
    doc = annotate(text, orgs=("Bauamt der Stadt Talheim", "Bauamt"))
    names = [c.name for c in doc._.kg_orgs]
    assert names == ["Bauamt der Stadt Talheim"]


def test_sentence_final_legal_form_loses_the_full_stop_and_joins_its_short_form():
    text = "Beteiligt ist die Firma Wellenbau GmbH. Die Wellenbau GmbH baut Pumpen. Wellenbau wächst."
    doc = annotate(text, orgs=("Wellenbau GmbH.", "Wellenbau GmbH", "Wellenbau"))
    assert [(c.name, sorted(c.aliases)) for c in doc._.kg_orgs] == [
        ("Wellenbau GmbH", ["Wellenbau", "Wellenbau GmbH."])
    ]


def test_registered_association_keeps_its_full_stop():
    doc = annotate("Geehrt wurde der Heimatverein Nordheim e.V.", orgs=("Heimatverein Nordheim e.V.",))
    assert [c.name for c in doc._.kg_orgs] == ["Heimatverein Nordheim e.V."]


def test_surname_tagged_as_organization_is_the_person():
    text = "Präsidentin Ursula Brandl begrüßte die Gäste. Brandl übergibt ihr Amt im Juli."
    doc = annotate(text, ("Ursula Brandl",), ("Brandl", "Hochschule Nord"))
    assert [c.name for c in doc._.kg_orgs] == []
    assert len(doc._.kg_people[0].spans) == 2


def test_organization_named_like_no_person_stays():
    doc = annotate("Ursula Brandl kam. Die Firma Krones liefert.", ("Ursula Brandl",), ("Krones",))
    assert [c.name for c in doc._.kg_orgs] == ["Krones"]


def facts(text: str):  # type: ignore[no-untyped-def]
    from nlp.extract import extract
    from nlp.pipeline import load_pipeline

    return extract(text, None, load_pipeline())


def test_herr_and_surname_alone_is_a_person():
    found = facts("Am Abend dankte Herr Kowalczyk den Helfern.")
    assert [(p.name, p.titles) for p in found.persons] == [("Kowalczyk", [])]


def test_persons_named_only_by_courtesy_word_and_surname():
    found = facts("Frau Brennecke und Herr Wollmann eröffneten die Sitzung. Später sprach Dr. Tessmer.")
    assert [(p.name, p.titles) for p in found.persons] == [
        ("Brennecke", []),
        ("Wollmann", []),
        ("Tessmer", ["Dr."]),
    ]


def test_frau_and_surname_ties_to_the_earlier_full_name():
    found = facts("Eva Brennecke leitet das Bauamt. Frau Brennecke sagte, es gehe voran.")
    assert [(p.name, len(p.mentions)) for p in found.persons] == [("Eva Brennecke", 2)]


def test_frau_and_surname_ties_to_a_later_full_name():
    found = facts("Frau Brennecke sprach zuerst. Danach erklärte Eva Brennecke den Plan.")
    assert [p.name for p in found.persons] == ["Eva Brennecke"]


def test_surname_shared_by_two_full_names_makes_no_third_person():
    found = facts("Eva Brennecke und Jan Brennecke kamen. Herr Brennecke sprach zuerst.")
    assert sorted(p.name for p in found.persons) == ["Eva Brennecke", "Jan Brennecke"]


def test_later_bare_surname_is_a_mention_of_the_lone_surname_person():
    found = facts("Bürgermeisterin Kowalczyk begrüßte die Gäste. Kowalczyk dankte dem Chor.")
    assert [(p.name, len(p.mentions)) for p in found.persons] == [("Kowalczyk", 2)]


def test_share_heading_in_the_page_head_starts_no_boilerplate_tail():
    text = "Nachrichten\nTeilen:\n15.09.2024\nDie Ministerin Ada Berg sprach in Bonn.\nSie lobte das Projekt."
    doc = annotate(text, ("Ada Berg",))
    assert [c.name for c in doc._.kg_people if c.in_content()] == ["Ada Berg"]


def test_free_standing_abbreviation_joins_the_name_it_abbreviates():
    text = "Das Herz-Lungen-Zentrum Talheim stellt ein. Im HLZ arbeiten 300 Menschen."
    doc = annotate(text, orgs=("Herz-Lungen-Zentrum Talheim", "HLZ"))
    assert [(c.name, c.aliases) for c in doc._.kg_orgs] == [("Herz-Lungen-Zentrum Talheim", ["HLZ"])]


def test_abbreviation_of_two_names_joins_neither():
    text = "Die Stadtwerke Bergheim und die Sparkasse Bergdorf werben. Die SB zahlt."
    doc = annotate(text, orgs=("Stadtwerke Bergheim", "Sparkasse Bergdorf", "SB"))
    assert sorted(c.name for c in doc._.kg_orgs) == ["SB", "Sparkasse Bergdorf", "Stadtwerke Bergheim"]


def test_name_without_its_legal_form_joins_the_name_with_it():
    doc = annotate("Die KLT GmbH wächst. KLT stellt ein.", orgs=("KLT GmbH", "KLT"))
    assert [(c.name, c.aliases) for c in doc._.kg_orgs] == [("KLT GmbH", ["KLT"])]


def test_case_forms_of_a_name_are_one_organization():
    text = "Das Technische Hilfswerk half. Helfer des Technischen Hilfswerks bauten Zelte."
    doc = annotate(text, orgs=("Technische Hilfswerk", "Technischen Hilfswerks"))
    assert [(c.name, len(c.spans)) for c in doc._.kg_orgs] == [("Technische Hilfswerk", 2)]


def test_generic_head_noun_joins_the_one_name_it_heads():
    text = "Die Nordheimer Stadtregierung tagte. Die Stadtregierung beschloss den Haushalt."
    doc = annotate(text, orgs=("Nordheimer Stadtregierung", "Stadtregierung"))
    assert [(c.name, c.aliases) for c in doc._.kg_orgs] == [("Nordheimer Stadtregierung", ["Stadtregierung"])]


def test_noun_in_a_genitive_complement_is_not_the_head():
    text = "Der Kreisverband der Arbeiterwohlfahrt Talheim wählte. Die Arbeiterwohlfahrt gratulierte."
    doc = annotate(text, orgs=("Kreisverband der Arbeiterwohlfahrt Talheim", "Arbeiterwohlfahrt"))
    assert len(doc._.kg_orgs) == 2


def test_kreis_and_landkreis_of_one_place_are_one_organization():
    text = "Der Kreis Nordwald baut. Im Landkreis Nordwald leben viele Menschen."
    doc = annotate(text, orgs=("Kreis Nordwald", "Landkreis Nordwald"))
    assert [(c.name, c.aliases) for c in doc._.kg_orgs] == [("Landkreis Nordwald", ["Kreis Nordwald"])]


def test_kreis_of_another_place_stays_apart():
    text = "Der Kreis Nordwald baut. Im Landkreis Südwald leben viele Menschen."
    doc = annotate(text, orgs=("Kreis Nordwald", "Landkreis Südwald"))
    assert sorted(c.name for c in doc._.kg_orgs) == ["Kreis Nordwald", "Landkreis Südwald"]


def test_surname_with_particles_joins_the_full_name():
    doc = annotate(
        "Präsident Alexander Van der Bellen kam. Van der Bellen sprach.",
        ("Alexander Van der Bellen", "Van der Bellen"),
    )
    assert [(c.name, len(c.spans)) for c in doc._.kg_people] == [("Alexander Van der Bellen", 2)]


def test_a_place_adjective_and_head_join_the_one_name_with_the_place_and_head():
    text = "Die Freiwillige Feuerwehr Nordheim übte. Die Nordheimer Wehr hat 40 Mitglieder."
    doc = annotate(text, orgs=("Freiwillige Feuerwehr Nordheim", "Nordheimer Wehr"))
    assert [(c.name, c.aliases) for c in doc._.kg_orgs] == [
        ("Freiwillige Feuerwehr Nordheim", ["Nordheimer Wehr"])
    ]


def test_a_place_adjective_with_another_head_stays_its_own_organization():
    text = "Die Feuerwehr Nordheim übte. Der Nordheimer Turnverein feierte."
    doc = annotate(text, orgs=("Feuerwehr Nordheim", "Nordheimer Turnverein"))
    assert [c.name for c in doc._.kg_orgs] == ["Feuerwehr Nordheim", "Nordheimer Turnverein"]


def test_a_place_adjective_joins_the_longest_of_names_ending_alike():
    text = (
        "Die Freiwillige Feuerwehr Nordheim übte. Die Feuerwehr Nordheim hat Nachwuchs. "
        "Die Nordheimer Feuerwehr lud ein."
    )
    doc = annotate(
        text, orgs=("Freiwillige Feuerwehr Nordheim", "Feuerwehr Nordheim", "Nordheimer Feuerwehr")
    )
    assert (
        "Nordheimer Feuerwehr"
        in next(c for c in doc._.kg_orgs if c.name == "Freiwillige Feuerwehr Nordheim").aliases
    )


def test_a_name_ending_a_longer_one_after_adjectives_joins_it(nlp):
    doc = nlp("Die Freiwillige Feuerwehr Nordheim übte am Montag. Die Feuerwehr Nordheim hat viel Nachwuchs.")
    assert [c.name for c in doc._.kg_orgs if c.in_content()] == ["Freiwillige Feuerwehr Nordheim"]


def test_initial_and_surname_join_the_full_name_with_that_initial():
    text = "Clara Schmidtke kam früh. Später sprach Dr. C. Schmidtke."
    doc = annotate(text, ("Clara Schmidtke", "C. Schmidtke"))
    assert [(c.name, len(c.spans), c.aliases) for c in doc._.kg_people] == [
        ("Clara Schmidtke", 2, ["C. Schmidtke"])
    ]


def test_initial_of_another_given_name_is_another_person():
    text = "Clara Schmidtke kam früh. Später sprach Dr. T. Schmidtke."
    doc = annotate(text, ("Clara Schmidtke", "T. Schmidtke"))
    assert sorted(c.name for c in doc._.kg_people) == ["Clara Schmidtke", "T. Schmidtke"]


def test_bare_head_noun_with_two_named_bodies_of_its_kind_is_no_organization():
    text = "Die Hochschule Nordtal und die Hochschule Südtal kooperieren. Die Hochschule plant mehr."
    doc = annotate(text, orgs=("Hochschule Nordtal", "Hochschule Südtal", "Hochschule"))
    assert [c.name for c in doc._.kg_orgs] == ["Hochschule Nordtal", "Hochschule Südtal"]


def test_bare_head_the_word_classes_take_for_a_name_joins_its_compound():
    text = "Die Nordstern-Gemeinschaft Deutscher Kliniken feiert. Die Gemeinschaft wächst."
    doc = annotate(text, orgs=("Nordstern-Gemeinschaft Deutscher Kliniken", "Gemeinschaft"))
    assert [c.name for c in doc._.kg_orgs] == ["Nordstern-Gemeinschaft Deutscher Kliniken"]


def test_a_name_after_a_head_noun_of_a_longer_name_joins_it():
    text = "Die Bundesanstalt Technisches Hilfswerk lud ein. Beim Technischen Hilfswerk sind viele aktiv."
    doc = annotate(text, orgs=("Bundesanstalt Technisches Hilfswerk", "Technischen Hilfswerk"))
    assert [(c.name, c.aliases) for c in doc._.kg_orgs] == [
        ("Bundesanstalt Technisches Hilfswerk", ["Technischen Hilfswerk"])
    ]


def test_a_name_after_an_abbreviation_in_a_longer_name_joins_it():
    text = "Der ABC Ortsverband Nordtal feiert. Der Ortsverband Nordtal hat 40 Mitglieder."
    doc = annotate(text, orgs=("ABC Ortsverband Nordtal", "Ortsverband Nordtal"))
    assert [c.name for c in doc._.kg_orgs] == ["ABC Ortsverband Nordtal"]


def test_a_name_of_head_and_place_joins_the_name_with_a_genitive_between_them():
    text = "Der Kreisverband der Sozialhilfe Südtal-Land tagte. Der Kreisverband Südtal-Land wählte."
    doc = annotate(text, orgs=("Kreisverband der Sozialhilfe Südtal-Land", "Kreisverband Südtal-Land"))
    assert [c.name for c in doc._.kg_orgs] == ["Kreisverband der Sozialhilfe Südtal-Land"]


def test_a_name_ending_a_longer_one_after_a_common_noun_stays_its_own():
    text = "Das Haus der Jugend Nordtal lud ein. Die Jugend Nordtal spielte."
    doc = annotate(text, orgs=("Haus der Jugend Nordtal", "Jugend Nordtal"))
    assert [c.name for c in doc._.kg_orgs] == ["Haus der Jugend Nordtal", "Jugend Nordtal"]


def test_a_compound_head_that_reads_as_a_name_joins_the_one_longer_name_with_it():
    text = "Der ABC Kreisverband Nordtal e.V. lud ein. Der Kreisverband stellte seinen Wagen vor."
    doc = annotate(text, orgs=("ABC Kreisverband Nordtal e.V.", "Kreisverband"))
    assert [(c.name, c.aliases) for c in doc._.kg_orgs] == [
        ("ABC Kreisverband Nordtal e.V.", ["Kreisverband"])
    ]


def test_the_first_parts_of_a_hyphenated_name_join_it():
    text = "Die Anna-Roth-Stiftung lud ein. Man kennt Anna-Roth in der Stadt."
    doc = annotate(text, orgs=("Anna-Roth-Stiftung", "Anna-Roth"))
    assert [(c.name, c.aliases) for c in doc._.kg_orgs] == [("Anna-Roth-Stiftung", ["Anna-Roth"])]


def test_an_abbreviation_that_ends_a_longer_name_joins_it():
    text = "Das Nordtal-Institut für Solare Systeme ISS forscht. Am ISS arbeiten 100 Menschen."
    doc = annotate(text, orgs=("Nordtal-Institut für Solare Systeme ISS", "ISS"))
    assert [(c.name, c.aliases) for c in doc._.kg_orgs] == [
        ("Nordtal-Institut für Solare Systeme ISS", ["ISS"])
    ]


def test_surname_inside_a_longer_organization_name_is_no_mention_of_the_person(nlp):
    doc = nlp("Es sprach Lena Fuchs von der Fuchs Immobilien GmbH über Mieten.")
    at = doc._.kg_person_at
    fuchs = [t.i for t in doc if t.text == "Fuchs"]
    assert fuchs[0] in at and fuchs[1] not in at


def test_shared_surname_takes_up_the_person_named_before_it():
    doc = annotate(
        "Es sprach Jan Schmidtke. Schmidtke lobte seine Schwester Clara Schmidtke.",
        ("Jan Schmidtke", "Schmidtke", "Clara Schmidtke"),
    )
    spans = {c.name: [s.text for s in c.spans] for c in doc._.kg_people}
    assert spans["Jan Schmidtke"] == ["Jan Schmidtke", "Schmidtke"]


def test_a_native_of_a_place_refers_to_the_last_person_of_that_gender():
    from nlp.extract import extract

    text = "Eva Olt ist neue Leiterin. Die gebürtige Nordheimerin arbeitete zuvor bei der Sparkasse Südtal."
    found = extract(text)
    assert [(a.person, a.organization) for a in found.affiliations] == [("Eva Olt", "Sparkasse Südtal")]


def test_short_name_joins_the_full_name_whose_adjective_stands_in_the_genitive():
    from nlp.extract import extract

    text = (
        "Feuerwehr Nordheim ehrt Mitglieder\n\nBei der Versammlung der Freiwilligen Feuerwehr Nordheim "
        "sprach Wehrführer Jan Olt."
    )
    assert [o.name for o in extract(text).organizations] == ["Freiwillige Feuerwehr Nordheim"]


def test_name_after_a_kind_noun_joins_the_name_without_it():
    doc = annotate(
        "Die Gewerkschaft Kovena ruft zum Warnstreik auf. Kovena fordert mehr Lohn.",
        orgs=("Gewerkschaft Kovena", "Kovena"),
    )
    assert [(c.name, c.aliases) for c in doc._.kg_orgs] == [("Gewerkschaft Kovena", ["Kovena"])]


def test_a_bracketed_short_form_of_two_words_named_again_joins_the_organization():
    text = "Die Kreisverwaltung Nordtal (KV NT-Süd) hat eine App. Die KV NT-Süd plant mehr."
    doc = annotate(text, orgs=("Kreisverwaltung Nordtal", "KV NT-Süd"))
    assert [(c.name, c.aliases) for c in doc._.kg_orgs] == [("Kreisverwaltung Nordtal", ["KV NT-Süd"])]


def test_a_unit_named_before_its_bodys_name_stays_apart_from_the_body():
    text = "Die Pressestelle Kreisverwaltung Nordtal informiert. Die Kreisverwaltung Nordtal plant mehr."
    doc = annotate(text, orgs=("Pressestelle Kreisverwaltung Nordtal", "Kreisverwaltung Nordtal"))
    names = sorted(c.name for c in doc._.kg_orgs)
    assert names == ["Kreisverwaltung Nordtal", "Pressestelle Kreisverwaltung Nordtal"]


def test_a_bare_head_noun_does_not_join_a_unit_named_before_that_body():
    text = "Die Pressestelle Kreisverwaltung Nordtal informiert. Die Kreisverwaltung plant mehr."
    doc = annotate(text, orgs=("Pressestelle Kreisverwaltung Nordtal", "Kreisverwaltung"))
    assert [c.aliases for c in doc._.kg_orgs if c.name.startswith("Pressestelle")] == [[]]


def test_a_title_after_an_indefinite_article_refers_to_no_named_holder(nlp):
    doc = nlp("Polizeisprecherin Eva Ruf war dort. Ein Sprecher der Polizei sagte, die Ursache sei unklar.")
    assert [doc._.kg_person_at.get(t.i) for t in doc if t.text == "Sprecher"] == [None]


def test_a_title_of_the_other_gender_refers_to_no_named_holder(nlp):
    doc = nlp("Museumsdirektorin Eva Ruf war vor Ort. Der Direktor des Museums sagte, die Lage sei ernst.")
    assert [doc._.kg_person_at.get(t.i) for t in doc if t.text == "Direktor"] == [None]


def test_a_title_showing_a_gender_refers_to_the_one_holder_of_that_gender(nlp):
    doc = nlp("Die Geschäftsführer Tim Ruf und Eva Sand kamen. Die Geschäftsführerin sagte, alles sei gut.")
    assert [doc._.kg_person_at.get(t.i) for t in doc if t.text == "Geschäftsführerin"] == ["Eva Sand"]


def test_a_title_after_a_possessive_refers_to_its_single_holder(nlp):
    doc = nlp("Vorsitzender Tim Ruf und Kassenwartin Eva Sand kamen. Seine Kassenwartin sagte, es sei gut.")
    assert [doc._.kg_person_at.get(t.i) for t in doc if t.text == "Kassenwartin"][-1] == "Eva Sand"


def named_at(index, doc, word):
    """The entity an index of the doc (kg_org_at, kg_person_at) gives the token `word`."""
    return next(index.get(t.i) for t in doc if t.text == word)


def org_named_at(doc, word):
    return named_at(doc._.kg_org_at, doc, word)


def test_a_kind_noun_after_a_preposition_and_article_is_a_mention_of_the_one_body_of_its_kind(nlp):
    doc = rules_only(nlp, "Der Turnverein Nordtal feiert. Seitens des Vereins gratulierte Eva Sand.")
    assert org_named_at(doc, "Vereins") == "Turnverein Nordtal"


def test_a_kind_noun_after_a_preposition_fits_no_one_of_two_bodies_of_its_kind(nlp):
    text = (
        "Der Turnverein Nordtal und der Sportverein Südtal feiern. Seitens des Vereins gratulierte Eva Sand."
    )
    assert org_named_at(rules_only(nlp, text), "Vereins") is None


def person_named_at(doc, word):
    return named_at(doc._.kg_person_at, doc, word)


def test_a_noun_after_a_participle_of_qualification_refers_to_the_last_person_of_its_gender(nlp):
    doc = rules_only(nlp, "Jan Olt kam 2010. Der promovierte Volkswirt leitet heute das Referat.")
    assert person_named_at(doc, "Volkswirt") == "Jan Olt"


def test_a_womans_noun_after_an_age_adjective_refers_to_the_last_woman(nlp):
    doc = rules_only(nlp, "Eva Olt kam 2010. Die 51-jährige Betriebswirtin leitet heute das Referat.")
    assert person_named_at(doc, "Betriebswirtin") == "Eva Olt"


def test_a_mans_noun_in_mann_after_an_age_adjective_refers_to_the_last_man(nlp):
    doc = rules_only(nlp, "Jan Roth kam 2010. Der 48-jährige Bankkaufmann leitet heute die Filiale.")
    assert person_named_at(doc, "Bankkaufmann") == "Jan Roth"


def test_a_thing_after_an_age_adjective_refers_to_no_person(nlp):
    doc = rules_only(nlp, "Eva Olt kam 2010. Die 125-jährige Geschichte des Hauses ist lang.")
    assert person_named_at(doc, "Geschichte") is None


def test_a_head_noun_alone_is_the_parent_a_chain_named_before(nlp):
    text = "Der Kreistag des Landkreises Nordtal tagte. Die Managerin des Landkreises, Eva Sand, sprach."
    doc = rules_only(nlp, text)
    last = [t.i for t in doc if t.text == "Landkreises"][-1]
    assert doc._.kg_org_at.get(last) == "Landkreis Nordtal"
