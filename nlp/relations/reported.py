"""Reported speech attributed by a preposition: "Laut X …", "X zufolge …", "Nach Angaben von X …",
"Wie X betonte, …". The attribution names the source of the rest of its sentence (form "indirect").

These are constructions of German attribution, not verbs of particular articles: the preposition
"laut" and the postposition "zufolge" take the source as their object; "nach Angaben/Aussage/
Einschätzung/Worten von X" and "wie X sagte/betonte/…" (a speech verb ending the "wie" clause) mark
the clause around them as X's account.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from nlp.doctext import doc_text
from nlp.relations.base import (
    ARTICLES,
    COURTESY,
    FINITE,
    LINK_PREPS,
    PERFECT_AUX,
    RELATIVE_PRONOUNS,
    RawQuote,
    clause_around,
    follows,
    org_at,
    org_span_starting,
    person_at,
    person_ending,
    person_from,
    possessive_gender,
)
from nlp.relations.coref import ACADEMIC
from nlp.relations.genders import antecedent, doc_genders, pronoun_antecedent
from nlp.relations.lexicon import read_yaml, role_hit, word_set
from nlp.wordclusters import cluster

_ACCOUNT_NOUNS = frozenset(
    {"angaben", "aussage", "aussagen", "einschätzung", "worten", "ansicht", "auffassung", "auskunft"}
    | {"darstellung", "meinung", "schätzung", "schätzungen", "informationen", "erkenntnissen"}
)  # "Nach Auskunft von X", "nach Darstellung des Y": nouns of an account
_MIN_REPORT = 3  # words the reported part needs besides the attribution
_BARE_SOURCE = frozenset({"von", "laut"})  # a noun for the person without article: "laut Ökonomin X"


def source_after(doc: Doc, k: int, limit: int) -> Span | None:
    """The person named from `k` on, past articles, academic titles, forms of address and role words
    ("laut Bürgermeisterin Dr. X", "nach Angaben des Landrats X"), or a noun set before the name
    after its article ("warnte die Virologin X")."""
    while k < limit:
        tok = doc[k]
        if role_hit(tok.text) is not None and (org := org_span_starting(doc, k + 1, limit)) is not None:
            if org.start <= k + 2 and org.end + 1 < limit and doc[org.end].text == ",":
                apposed = source_after(doc, org.end + 1, limit)  # "des Leiters der X, Y, …": Y
                if apposed is not None:
                    return apposed
        if person_at(doc, k) is not None:
            break
        if not (
            tok.lower_ in ARTICLES
            or tok.lower_ in ACADEMIC
            or tok.lower_ in COURTESY
            or role_hit(tok.text) is not None
            or tok.text == "."
            or tok.tag_ == "ADJA"
            and k + 1 < limit
            and role_hit(doc[k + 1].text) is not None
            or (tok.tag_ == "NN" or tok.tag_ == "NE" and not tok.ent_type_)  # "Laut Ökonomin X": NE
            and 0 < k < limit - 1
            and person_at(doc, k + 1) is not None
            and doc[k - 1].lower_ in ARTICLES | _BARE_SOURCE
            or place_genitive(doc, k, limit)
            or (tok.lower_ in _DEMONSTRATIVE_POSSESSIVES or possessive_gender(tok.lower_) is not None)
            and k + 1 < limit
            and role_hit(doc[k + 1].text) is not None  # "sagte dessen Vorsitzender X"
        ):
            return None
        k += 1
    return person_from(doc, k, limit)


_DEMONSTRATIVE_POSSESSIVES = frozenset({"dessen", "deren"})  # "sagte dessen Vorsitzender X"


def place_genitive(doc: Doc, k: int, limit: int) -> bool:
    """A proper noun in the genitive before a title ("Niedersachsens Wirtschaftsminister X")."""
    tok = doc[k]
    return (
        tok.tag_ == "NE"
        and tok.text.endswith("s")
        and person_at(doc, k) is None
        and k + 1 < limit
        and role_hit(doc[k + 1].text) is not None
    )


def source_end(doc: Doc, source: Span, limit: int) -> int:
    """The end of a source's phrase: past an organization it is "vom"/"bei" ("laut X vom Verband Y"),
    past its apposition ("laut X, Sprecherin der Y, …") or past a relative clause on it, which ends
    with its verb before a comma ("laut X, die das Amt leitet, …")."""
    k = source.end
    if k < limit and doc[k].lower_ in LINK_PREPS:
        org = org_span_starting(doc, k + 1, limit)
        if org is not None and org.start <= k + 2:
            return org.end
    if k + 1 < limit and doc[k].text == "," and doc[k + 1].lower_ in RELATIVE_PRONOUNS:
        j = next((j for j in range(k + 2, limit) if doc[j].text == ","), limit)
        if j + 1 < limit and doc[j - 1].tag_.startswith("V"):
            return j + 1  # (by its tag's class: the tagger reads some finite verbs as participles)
    return past_apposition(doc, k, limit)


@cache
def _speech_lemmas() -> frozenset[str]:
    return frozenset(read_yaml("cue_lemmas.yaml")["speech"])


def speaking_after_report(doc: Doc, i: int) -> bool:
    """Token `i` is a finite verb of saying right after a comma or a closing quotation mark ("…, sagte
    die Vorsitzende", "„…“ erklärte der Landrat"): the words after it are its subject."""
    tok = doc[i]
    return (
        i > 0
        and tok.tag_ in FINITE
        and tok.lemma_.lower() in _speech_lemmas()
        and (doc[i - 1].text == "," or doc[i - 1].text in _MARK_CHARS)
    )


@cache
def _speech_phrases() -> dict[str, frozenset[str]]:
    return {verb: frozenset(words) for verb, words in read_yaml("cue_lemmas.yaml")["speech_phrases"].items()}


def phrase_word(tok: Token) -> Token | None:
    """The dependent word that makes a support verb a verb of saying ("deutlich" of "machte deutlich",
    "bedenken" of "gab zu bedenken"; cue_lemmas.yaml `speech_phrases`), if it has one."""
    words = _speech_phrases().get(tok.lemma_.lower())
    return next((child for child in tok.children if child.lower_ in words), None) if words else None


def said(tok: Token, speech_verbs: frozenset[str]) -> bool:
    """A verb of saying by its form, or by its lemma where the pipeline lemmatises ("mitteilte"), or a
    support verb with the word that makes it one ("machte deutlich", "gab zu bedenken"). A form
    of a particle verb of saying ("stellte" of "stellte … fest") is the base verb, no verb of saying,
    when its sentence has none of the particles after it: "stellte sich zur Wahl", "hob die Hand"."""
    verb = tok.pos_ in {"VERB", "AUX"}
    lemma = tok.lemma_.lower()
    if verb and lemma in _speech_lemmas():
        return True
    if verb and phrase_word(tok) is not None:
        return True
    if tok.lower_ not in speech_verbs:
        return False
    return not bare_particle_verb(tok)


def bare_particle_verb(tok: Token) -> bool:
    """A form of a particle verb of saying ("stellte" of "stellte … fest") that the lemma reads as its
    base verb, with none of the verb's particles after it in the sentence ("stellte sich zur Wahl",
    "hob die Hand")."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    particles = _particle_bases().get(tok.lemma_.lower(), frozenset())
    return bool(particles) and not any(t.lower_ in particles for t in tok.doc[tok.i + 1 : tok.sent.end])


# separable particles of the verbs of saying in cue_lemmas.yaml ("fest" of "feststellen"), longest first
_PARTICLES = (
    "zusammen",
    "zurück",
    "hervor",
    "hinzu",
    "fest",
    "klar",
    "hin",
    "dar",
    "aus",
    "ein",
    "vor",
    "mit",
    "auf",
    "zu",
    "an",
)


@cache
def _particle_bases() -> dict[str, frozenset[str]]:
    """Base verbs that are verbs of saying only with a separable particle, with those particles
    ("stellen": fest, klar), from the lemmas of cue_lemmas.yaml."""
    lemmas = _speech_lemmas()
    bases: dict[str, set[str]] = {}
    for lemma in lemmas:
        particle = next((p for p in _PARTICLES if lemma.startswith(p)), None)  # longest first
        base = lemma[len(particle) :] if particle else ""
        # the rest must be a German word: "antworten" is no "an" + "tworten"
        if particle and len(base) > 3 and base not in lemmas and cluster(base) is not None:
            bases.setdefault(base, set()).add(particle)
    return {base: frozenset(particles) for base, particles in bases.items()}


_LEAD_WORDS = frozenset({"und", "von", "vom", "des", "der", "den", "dem", "die", "für", "im", "am", "beim"})
_MAX_SO_LEAD = 12  # words from "so" to the first name ("so der Vorsitzende und Leiter des Amtes X")


def _past_adverbs(doc: Doc, k: int, limit: int) -> int:
    """The token after the lower-case adverbs and particles from `k` on ("so X weiter", "abschließend")."""
    while k < limit and doc[k].tag_ in {"ADV", "ADJD", "PTKVZ"} and doc[k].is_lower:
        k += 1
    return k


def closes_after_title(doc: Doc, k: int, limit: int) -> bool:
    """Only punctuation follows from `k`, perhaps after the title's genitive ("so die Ministerin des
    Landes.")."""
    if k < limit and doc[k].lower_ in {"des", "der"}:
        k += 1
        while k < limit and (doc[k].tag_ == "ADJA" or doc[k].text[:1].isupper()):
            if person_at(doc, k) is not None:
                return False
            k += 1
    return all(t.is_punct for t in doc[k:limit])


def sources_after(doc: Doc, k: int, limit: int) -> list[Span]:
    """The persons an attributing "so" names: after titles, articles and the organizations of the
    titles ("so der Vorsitzende und Leiter des Sozialamtes X"), the first name and the names listed
    with it ("so die Planerinnen von Stadt und Kreis, A und B"); the sentence must end with them."""
    start = k
    referring = None  # "…, so die Ministerin.": a title that stands for the article's one holder
    while k < limit and k - start < _MAX_SO_LEAD and (person_at(doc, k) is None or role_hit(doc[k].text)):
        tok = doc[k]
        if person_at(doc, k) is not None and referring is None:
            referring = k
        if not (
            tok.lower_ in ARTICLES
            or tok.lower_ in ACADEMIC
            or tok.lower_ in COURTESY
            or tok.lower_ in _LEAD_WORDS
            or role_hit(tok.text) is not None
            or tok.text in {".", ","}
            or tok.text[:1].isupper()
            and tok.pos_ in {"NOUN", "PROPN", ""}
        ):
            return []
        k += 1
    first = person_from(doc, k, limit) if k < limit else None
    if first is None and referring is not None and closes_after_title(doc, referring + 1, limit):
        return [doc[referring : referring + 1]]
    if first is None:
        return []
    out = [first]
    j = first.end
    while j + 1 < limit and doc[j].lower_ in {",", "und", "sowie"}:
        nxt = person_from(doc, j + 1, limit)
        if nxt is None:
            break
        out.append(nxt)
        j = nxt.end
    j = _past_adverbs(doc, j, limit)  # "…, so X weiter.", "…, so X abschließend."
    if j < limit and not doc[j].is_punct and doc[j].text != "(":
        return []  # the attribution closes the sentence
    return out


def attributions(sent: Span, speech_verbs: frozenset[str]) -> list[tuple[Span, int, int]]:
    """(source, start, end) of the attributing phrases of one sentence, in token offsets."""
    doc = sent.doc
    out: list[tuple[Span, int, int]] = []
    for tok in sent:
        low, i = tok.lower_, tok.i
        if low == "laut":
            source = source_after(doc, i + 1, sent.end)
            if source is not None:
                out.append((source, i, source_end(doc, source, sent.end)))
        elif low == "zufolge" and i > sent.start and (gender := _DATIVE_GENDER.get(doc[i - 1].lower_)):
            source = antecedent(doc, sent, i - 1, gender, doc_genders(doc))  # "Ihr zufolge fehlen Plätze"
            if source is not None:
                out.append((source, i - 1, i + 1))
        elif low == "zufolge" and (source := person_ending(doc, i - 1, sent.start)) is not None:
            k = source.start
            while k > sent.start and (doc[k - 1].tag_ in {"ART", "ADJA"} or role_hit(doc[k - 1].text)):
                k -= 1  # "Dem Kämmerer X zufolge": the phrase opens with the name's article and title
            out.append((source, k, i + 1))
        elif i + 2 < sent.end and (
            low == "nach"
            and (noun := i + 1 + int(doc[i + 1].lower_ in {"den", "dem"})) + 1 < sent.end
            and doc[noun].lower_ in _ACCOUNT_NOUNS
            or low == "aus"
            and doc[i + 1].lower_ == "sicht"
        ):  # "Nach Angaben von X", "Nach den Worten von X", "Aus Sicht des Landrats X"
            j = noun + 1 if low == "nach" else i + 2
            if doc[j].lower_ == "von":
                j += 1
            source = source_after(doc, j, sent.end)
            if source is not None:
                out.append((source, i, source_end(doc, source, sent.end)))
        elif (low == "nach" or possessive_gender(low)) and (possessed := possessive_account(doc, sent, i)):
            out.append(possessed)  # "Nach ihren Angaben …", "Seiner Ansicht nach …"
        elif low == "für" and i == sent.start and (stance := stance_for(doc, sent, i)) is not None:
            out.append(stance)  # "Für X ist klar, dass …", "Für Y steht fest: …"
        elif low == "so" and i > sent.start + _MIN_REPORT and doc[i - 1].text == ",":
            # "…, so der Vorsitzende des Vereins X", "…, so die Planerinnen A und B": the sentence so far
            closing = sent.end
            while closing > i and doc[closing - 1].is_punct:
                closing -= 1  # the attribution closes the sentence: all of it after "so" ("so die
            for source in sources_after(doc, i + 1, sent.end):  # Ministerin des Landes", "so A und B")
                out.append((source, i, max(source.end, closing)))
        elif low == "wie" and (i == sent.start or doc[i - 1].text == ","):
            found = wie_clause(doc, i, sent.end, speech_verbs)
            if found is not None:
                out.append((found[0], i, found[1]))
    return out


_STANCE_COPULA = frozenset({"ist", "war", "steht", "stand"})
_CLAUSE_OPENERS = frozenset({"dass", "ob", "wie"})


def stance_for(doc: Doc, sent: Span, i: int) -> tuple[Span, int, int] | None:
    """'Für X ist klar, dass …', 'Für Y (vom Verband Z) steht fest: …': "für" and a person open the
    sentence, a copula and a predicate adjective (or "fest") follow, then a "dass" clause or a colon:
    that clause is the person's view, reported (the attributing phrase runs to "dass" or the colon)."""
    source = source_after(doc, i + 1, sent.end)
    if source is None or source.start > i + 4:
        return None
    k = source_end(doc, source, sent.end)
    if k >= sent.end or doc[k].lower_ not in _STANCE_COPULA:
        return None
    k += 1
    if k < sent.end and doc[k].lower_ == "es":
        k += 1  # "ist es wichtig, dass …"
    if k < sent.end and doc[k].tag_ == "ADV":
        k += 1  # "ist längst klar"
    if k + 1 >= sent.end or not (doc[k].tag_ in {"ADJD", "PTKVZ"} and doc[k].is_lower):
        return None
    k += 1
    if doc[k].text == ":":
        return source, i, k + 1
    if doc[k].text == "," and k + 1 < sent.end and doc[k + 1].lower_ in _CLAUSE_OPENERS:
        return source, i, k + 2
    return None


def possessive_account(doc: Doc, sent: Span, i: int) -> tuple[Span, int, int] | None:
    """'Nach ihren Angaben …', 'Seiner Ansicht nach …', 'Ihren Worten zufolge …': an account noun with
    a possessive determiner, after or before "nach", before "zufolge"; the source is the last person
    of the determiner's gender named before, if no other noun comes before that person in its
    sentence (a subject before it, "Die Polizei ermittelt gegen X. Nach ihren Angaben …", may be whom
    "ihr" means) or the person was found speaking there (the noun is then the talk's object)."""
    if i + 2 >= sent.end:
        return None
    first, second, third = doc[i], doc[i + 1], doc[i + 2]
    if first.lower_ == "nach" and possessive_gender(second.text) and third.lower_ in _ACCOUNT_NOUNS:
        owner = second
    elif possessive_gender(first.text) and second.lower_ in _ACCOUNT_NOUNS and third.lower_ in _AFTER_ACCOUNT:
        owner = first  # "Seiner Ansicht nach", "Ihren Worten zufolge"
    else:
        return None
    gender = possessive_gender(owner.text)
    source = antecedent(doc, sent, owner.i, gender, doc_genders(doc)) if gender else None
    if source is None:
        return None
    home = doc[source.start].sent
    talked = any(link.person.start == source.start for link in doc._.kg_speakers or [])
    if not talked and any(_noun_before(doc[k]) for k in range(home.start, source.start)):
        return None  # a speaker found there is the subject of its talk ("Die Planung stellte X vor")
    return source, i, i + 3


_AFTER_ACCOUNT = frozenset({"nach", "zufolge"})
_DATIVE_GENDER = {"ihm": "m", "ihr": "f"}  # the person a dative pronoun before "zufolge" stands for


def _noun_before(tok: Token) -> bool:
    """A noun or name before a source in its sentence other than its title or form of address: the
    source is not the sentence's subject ("Die Polizei ermittelt gegen X")."""
    if tok.lower_ in COURTESY or tok.lower_ in ACADEMIC or role_hit(tok.text) is not None:
        return False
    return tok.tag_ in {"NN", "NE", "PPER"} or person_at(tok.doc, tok.i) is not None


_MAX_WIE = 16  # words of a "wie" clause up to its verb ("Wie der Sprecher des Amtes, X, am Montag mitteilte")


def wie_clause(doc: Doc, i: int, limit: int, speech_verbs: frozenset[str]) -> tuple[Span, int] | None:
    """'Wie X betonte, …', 'Wie der Sprecher der Y, X, mitteilte, …': the subject of a "wie" clause
    whose verb, at its end, is a verb of saying, and the token after the clause's closing comma. The
    subject is the person right after "wie" (past titles), else a person set off as an apposition."""
    k = i + 1
    while k < min(limit, i + _MAX_WIE) and doc[k].tag_ not in FINITE and not said(doc[k], speech_verbs):
        k += 1  # to the clause's verb (by its form where the pipeline does not tag)
    closes = (
        k + 1 == limit or k + 1 < limit and (doc[k + 1].text == "," or k + 2 == limit and doc[k + 1].is_punct)
    )
    if k >= limit or not closes or not said(doc[k], speech_verbs):
        return None  # the clause ends with its verb: a comma, or the sentence's end ("…, wie X betonte.")
    source = source_after(doc, i + 1, k)
    if source is None:
        named = [j for j in range(i + 2, k) if doc[j - 1].text == "," and person_at(doc, j) is not None]
        source = person_from(doc, named[0], k) if named else None
    return (source, min(k + 2, limit)) if source is not None else None


@cache
def _subjunctive_words() -> frozenset[str]:
    return word_set("subjunctive_forms.txt")


def subjunctive(tok: Token) -> bool:
    """A Konjunktiv verb: Mood=Sub when the pipeline has morphology, else a closed list of forms."""
    if tok.has_morph():
        mood = tok.morph.get("Mood", [])
        if mood:
            return "Sub" in mood
    return tok.lower_ in _subjunctive_words()


def complement_quotes(sent: Span, speech_verbs: frozenset[str]) -> list[RawQuote]:
    """Reported speech as the complement of a verb of saying whose subject is a person: "X betonte,
    dass …", "Dabei erklärte Landrat X, die Stadt habe …" (a clause with a Konjunktiv verb after the
    comma), "X erläuterte die Technik: Die Daten lägen …" (after a colon, a Konjunktiv sentence);
    a pronoun subject ("Er betonte, dass …") stands for the last person of its gender named before.
    The quote is the complement, to the end of the sentence."""
    doc = sent.doc
    out: list[RawQuote] = []
    for verb in sent:
        if not finite_like(verb, sent):
            continue
        if (fronted := fronted_report(verb, sent, speech_verbs)) is not None:
            out.append(fronted)
            break
        spoken = perfect_participle(verb, sent, speech_verbs)  # "X hat am Montag betont, dass …"
        colon = verb.i + 1 < sent.end and doc[verb.i + 1].text == ":" or object_colon(verb, sent)
        attitude = attitude_end(verb, sent)
        cued = said(verb, speech_verbs) or spoken is not None or colon or attitude is not None
        cued = cued or verb.pos_ == "VERB" and verb.lemma_.lower() in _stances()  # "X hofft, dass …"
        if verb.lower_ == "so" or not cued:
            continue  # any verb before a colon and a Konjunktiv sentence: "X gratulierte: Er sei …", "X
            # begrüßte das Projekt: Man erhoffe sich …"
        source = verb_subject(verb, sent)
        if source is None and verb.i > sent.start and doc[verb.i - 1].lower_ in _PRONOUNS:
            source = _pronoun_source(sent, doc[verb.i - 1])
        inverted = source is None and verb.i + 1 < sent.end and doc[verb.i + 1].lower_ in _PRONOUNS
        if inverted:  # "Auf Nachfrage erklärte er, …": the pronoun after the verb
            source = _pronoun_source(sent, doc[verb.i + 1])
        if source is None:
            continue
        after = source.end if source.start > verb.i else verb.i + 1
        if inverted:
            after = verb.i + 2  # past the pronoun
        after = past_apposition(doc, after, sent.end)  # "berichtete X, Beauftragte der Y, von …:"
        if attitude is not None and after <= attitude:
            after = attitude  # "war überzeugt, dass …": the clause after the adjective
        word = phrase_word(verb) or spoken
        if word is not None and after <= word.i:
            after = word.i + 1  # "machte deutlich, dass …", "gab zu bedenken, dass …", "hat betont, dass"
        while after < sent.end and doc[after].tag_ in _BESIDE_VERB and doc[after].is_lower:
            after += 1  # "rechnete auch vor, dass …", "betonte abschließend, dass …"
        k = after
        while k < min(sent.end, after + _OBJECT_WINDOW) and doc[k].text not in {",", ":", ".", ";"}:
            k += 1  # "erläuterte die Technik:"
        if k >= sent.end - 1 or doc[k].text not in {",", ":"}:
            continue
        clause = doc[k + 1 : sent.end]
        if k > after and doc[k].text == "," and not _adverbial(doc[after:k]):
            continue  # "sagte am Montag, er sei …" reports; "nannte die Frist, die …" does not
        if not (doc[k].text == "," and clause[0].lower_ == "dass" or reported(clause)):
            continue
        last = sent.end
        while last > k + 1 and (doc[last - 1].is_punct or doc[last - 1].is_space):
            last -= 1  # the report ends before the sentence's closing mark and any line break
        if last - (k + 1) < _MIN_REPORT:
            continue
        first = k + 2 if clause[0].lower_ == "dass" else k + 1  # the report without its "dass"
        a, b = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
        out.append(RawQuote(source, doc_text(doc)[a:b].strip(" ,"), a, b, 0.7, "indirect"))
        break
    return out


_SUBORDINATE = frozenset({"KOUS", "KOUI", "PWAV", "PWS", "PRELS", "PRELAT", "KOKOM"})
# subordinating conjunctions that open a clause (the tagger reads some as prepositions: "Als …")
_CONJUNCTIONS = frozenset(
    {"als", "wenn", "weil", "nachdem", "obwohl", "ob", "dass", "bevor", "während", "falls", "sobald", "da"}
)
_MARK_CHARS = frozenset('„“”"»«')


def object_colon(verb: Token, sent: Span) -> bool:
    """The verb's clause closes with a colon after at most an object ("begrüßte das Projekt:")."""
    doc = sent.doc
    k = verb.i + 1
    while k < min(sent.end, verb.i + 1 + _OBJECT_WINDOW) and doc[k].text not in {",", ":", ".", ";"}:
        k += 1
    return k < sent.end and doc[k].text == ":"


_ADVERBIAL = frozenset(  # "gegenüber dieser Zeitung", "vor einigen Tagen": demonstratives, indefinites
    {"APPR", "APPRART", "ART", "ADJA", "NN", "NE", "CARD", "ADV", "PPOSAT", "PTKVZ", "PDAT", "PIAT"}
)


def _adverbial(span: Span) -> bool:
    """Prepositional phrases, adverbs and the separable particle after a verb ("sagte am Montag in
    Mainz", "kündigte in Mainz an"), or the one told in the dative ("sagte der Zeitung", "dem
    Sender"), no accusative object."""
    first = span[0]
    told = first.lower_ == "dem" or first.lower_ in {"der", "den"} and "Dat" in span[-1].morph.get("Case", [])
    return (first.tag_ in {"APPR", "APPRART", "ADV"} or told) and all(t.tag_ in _ADVERBIAL for t in span)


def fronted_report(verb: Token, sent: Span, speech_verbs: frozenset[str]) -> RawQuote | None:
    """'Die Regierung habe frühzeitig gehandelt, sagte er im Bundestag.': a main clause in the
    prefield, then the verb of saying in second place and its subject, a person or a pronoun standing
    for one, right after it. German word order makes the fronted clause the verb's object; a clause
    opened by a conjunction or a relative ("Als er ankam, sagte er …") is none, and a verb that goes
    on to a complement of its own (", dass …", ":") reports that one instead."""
    doc = sent.doc
    comma = verb.i - 1
    if verb.tag_ not in FINITE or comma - sent.start < _MIN_REPORT or doc[comma].text != ",":
        return None
    if not (said(verb, speech_verbs) or closing_participle(verb, sent, speech_verbs)):
        return None
    if "Plur" in verb.morph.get("Number", []):
        return None
    clause = doc[sent.start : comma]
    first = clause[0]
    opener = first.tag_ in _SUBORDINATE or first.dep_ == "mark" or first.lower_ in _CONJUNCTIONS
    if first.text[:1] in _MARK_CHARS or opener and verb_last(clause):
        return None  # a subordinate clause, or a quotation (the direct quote rules' case)
    colon = next((t.i for t in reversed(clause) if t.text == ":"), None)
    if colon is not None and comma - colon > _MIN_REPORT:
        clause = doc[colon + 1 : comma]  # "Die X rief auf: Die Länder müssen …, sagte Y": the part after
    if any(t.text in {":", ";"} for t in clause) or not main_clause_in(clause):
        return None  # no main clause of its own before the comma ("In seiner Rede, die … fand, sagte X")
    rest = doc[verb.i + 1 : sent.end]
    if any(t.text == ":" or t.lower_ == "dass" for t in rest):
        return None
    source = source_after(doc, past_adverbials(doc, verb.i + 1, sent.end), sent.end)
    nxt = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    if source is None and nxt is not None and nxt.lower_ in _PRONOUNS:
        source = _pronoun_source(sent, nxt)
    if source is None:
        return None
    a, b = clause.start_char, clause.end_char
    return RawQuote(source, doc_text(doc)[a:b].strip(), a, b, 0.7, "indirect")


def past_adverbials(doc: Doc, k: int, limit: int) -> int:
    """Past adverbs and up to two short phrases of a contracted preposition and a noun between a verb
    and its subject ("sagte gestern X", "sagte am Dienstag X", "erklärte am Rande der Sitzung X")."""
    phrases = 0
    while k < limit:
        if doc[k].tag_ in {"ADV", "PAV"} and doc[k].is_lower:  # "sagte dazu X", "sagte dagegen X"
            k += 1
        elif phrases < 2 and k + 1 < limit and doc[k].tag_ == "APPRART" and doc[k + 1].tag_ in {"NN", "NE"}:
            if person_at(doc, k + 1) is not None:
                break
            k, phrases = k + 2, phrases + 1
            if k + 1 < limit and doc[k].lower_ in {"der", "des"} and doc[k + 1].tag_ == "NN":
                k += 2  # "am Rande der Sitzung"
        else:
            break
    return k


def main_clause_in(clause: Span) -> bool:
    """Whether a stretch between commas holds a main clause: a finite verb that does not end its
    comma segment (German main clauses put it second, subordinate ones last: "Die Zahl, die gestiegen
    ist, …"), or a segment of two words ("Das stimmt"). An apposition ("Die meisten, darunter X, sind
    …"), an infinitive clause ("…, Vertrauen zu schaffen") and further main clauses may stand beside it;
    a segment whose one verb ends it is subordinate ("Als er ankam", "…, X von region + projekt")."""
    segments: list[list[Token]] = [[]]
    for tok in clause:
        if tok.text == ",":
            segments.append([])
        else:
            segments[-1].append(tok)
    for seg in segments:
        words = [t for t in seg if not t.is_punct and not t.is_space]
        finite = [t for t in words if t.tag_ in FINITE]
        if finite and (finite[0].i != words[-1].i or len(words) <= 2):
            return True
    return False


def verb_last(clause: Span) -> bool:
    """The clause's finite verb ends it, as in a subordinate clause ("Wie die Stadt mitteilte", "Als
    er ankam"); a word that opens such clauses may also open a main clause whose finite verb comes
    second ("Wie kaum ein anderer stehe X für …", "Als Kind habe sie …"), and that is no subordinate one."""
    finite = next((t for t in clause if t.tag_ in FINITE), None)
    return finite is None or finite.i == clause.end - 1


def reported(clause: Span) -> bool:
    """A clause in reported speech: a Konjunktiv verb by morphology or by its form (the closed list of
    forms that differ from the indicative, "sei", "habe", "könne"), or a singular finite verb in "-e"
    in a clause without "ich" ("die Stadt habe …", "man erhoffe …": the Konjunktiv I of the third
    person, which a tagger may take for the first person or the indicative)."""
    words = _subjunctive_words()
    has_ich = any(t.lower_ == "ich" for t in clause)
    for tok in clause:
        if tok.tag_ not in FINITE:
            continue
        if subjunctive(tok) or tok.lower_ in words:
            return True
        if not has_ich and konjunktiv_i_ending(tok):
            return True
    return False


def konjunktiv_i_ending(tok: Token) -> bool:
    """A singular finite verb in "-e" that is no past form ("-te", "wurde"): in the third person that
    ending is the Konjunktiv I ("man erhoffe", "die Stadt habe"), whatever person the tagger gives it
    (in a clause without "ich", where it would be the first person's indicative)."""
    low = tok.lower_
    if "Plur" in tok.morph.get("Number", []) or not low.endswith("e") or len(low) < 4:
        return False
    return not low.endswith("te") and low != "wurde"


# adverbs, the separable particle and a correlate after a verb ("wies darauf hin, dass …")
_BESIDE_VERB = frozenset({"ADV", "PTKVZ", "ADJD", "PROAV", "PAV"})  # PAV: the treebank's tag


@cache
def _stances() -> frozenset[str]:
    return frozenset(read_yaml("cue_lemmas.yaml")["stance"])


@cache
def _attitudes() -> frozenset[str]:
    return frozenset(read_yaml("cue_lemmas.yaml")["attitude"])


def attitude_end(verb: Token, sent: Span) -> int | None:
    """After a copula ("war", "ist", "zeigte sich") and an adjective of conviction (cue_lemmas.yaml
    `attitude`: "überzeugt", "zuversichtlich"), the token after the adjective, else None: "X war
    überzeugt, dass …" reports what X holds as a verb of saying does."""
    doc = verb.doc
    k = verb.i + 1
    if verb.lemma_.lower() == "zeigen" or verb.lower_.startswith("zeigt"):
        if k >= sent.end or doc[k].lower_ != "sich":
            return None
        k += 1
    elif verb.lemma_.lower() != "sein" and verb.lower_ not in {"ist", "war", "sind", "waren"}:
        return None
    while k < sent.end and doc[k].tag_ == "ADV" and doc[k].is_lower:
        k += 1  # "war fest überzeugt"
    if k >= sent.end or doc[k].lower_ not in _attitudes():
        return None
    return k + 1


def before_apposition(doc: Doc, k: int, start: int) -> int:
    """Before a verb, the last token of the name an apposition set off by commas follows ("X,
    Zweiter Bürgermeister der Y, stellte fest": a stretch with a title and no finite verb) or is ("Der
    Chef der Y, X, stellte fest": a stretch that is a name); else `k`."""
    if k <= start or doc[k].text != ",":
        return k
    j = k - 1
    while j > start and doc[j].text not in {",", ":", ";"}:
        if doc[j].tag_ in FINITE | {"PRELS"} or doc[j].lower_ in {"dass", "ob"}:
            return k  # a clause, not an apposition
        j -= 1
    if (
        doc[j].text == ","
        and (named := person_ending(doc, k - 1, j + 1)) is not None
        and named.start == j + 1
    ):
        return k - 1  # "Der Chef der Y, X, kündigte an": the name is the apposition
    titled = any(role_hit(t.text) is not None for t in doc[j + 1 : k])
    return j - 1 if titled and j > start and doc[j].text == "," else k


def past_apposition(doc: Doc, k: int, limit: int) -> int:
    """After a name, the token past its apposition set off by commas (a stretch with no finite verb and
    a title, "X, IT-Sicherheitsbeauftragte der Y, …", or an adverb of time and a body, "X, bisher bei
    der Y, …"), else `k`."""
    if k >= limit or doc[k].text != ",":
        return k
    j = k + 1
    while j < limit and doc[j].text not in {",", ":", ";", "."}:
        if doc[j].tag_ in FINITE or doc[j].lower_ in {"dass", "ob"}:
            return k
        j += 1
    titled = any(role_hit(t.text) is not None for t in doc[k + 1 : j])
    # "X, bisher bei den Stadtwerken Y, …", "X, ehemals Z, …": an adverb of time and a body
    placed = doc[k + 1].tag_ == "ADV" and any(org_at(doc, m) is not None for m in range(k + 2, j))
    return j + 1 if (titled or placed) and j < limit and doc[j].text == "," else k


def _pronoun_source(sent: Span, pronoun: Token) -> Span | None:
    return pronoun_antecedent(sent.doc, sent, pronoun, doc_genders(sent.doc))


_PRONOUNS = frozenset({"er", "sie"})
_OBJECT_WINDOW = (
    8  # words of an object between the verb and its colon ("berichtete von einem Angriff im Mai:")
)


def verb_subject(verb: Token, sent: Span) -> Span | None:
    """The person named as the subject of `verb`: right before it, past a bracket ("Ministerin X (SPD)
    verwies …") or an apposition ("X, Zweiter Bürgermeister der Y, stellte fest"), or right after it
    ("Dabei betonte Landrat X, dass …")."""
    doc = sent.doc
    before = verb.i - 1
    if before > sent.start and doc[before].text == ")":
        while before > sent.start and doc[before].text != "(":
            before -= 1
        before -= 1
    before = before_apposition(doc, before, sent.start)
    source = person_ending(doc, before, sent.start) if before >= sent.start else None
    return source or source_after(doc, verb.i + 1, sent.end) or parsed_subject(verb, sent)


def perfect_participle(verb: Token, sent: Span, speech_verbs: frozenset[str]) -> Token | None:
    """The participle of a verb of saying that closes the clause of the perfect auxiliary `verb`
    before a comma or colon ("X hat am Montag betont, dass …", "Y hatte erklärt: …"), else None."""
    if verb.lower_ not in PERFECT_AUX:
        return None
    doc = sent.doc
    for tok in doc[verb.i + 1 : sent.end]:
        if tok.text in {",", ":", ";", "."}:
            return None
        if tok.tag_ == "VVPP" and tok.i + 1 < sent.end and doc[tok.i + 1].text in {",", ":"}:
            return tok if said(tok, speech_verbs) else None
    return None


def closing_participle(verb: Token, sent: Span, speech_verbs: frozenset[str]) -> bool:
    """The perfect auxiliary `verb` and a participle of a verb of saying that closes its clause ("…,
    hat X am Montag gesagt.")."""
    if verb.lower_ not in PERFECT_AUX:
        return False
    end = next((t.i for t in sent.doc[verb.i + 1 : sent.end] if t.is_punct), sent.end)
    last = sent.doc[end - 1]
    return end - 1 > verb.i and last.tag_ == "VVPP" and said(last, speech_verbs)


def finite_like(verb: Token, sent: Span) -> bool:
    """A finite verb, or a form the tagger reads as a participle that is also the present of a verb
    with an inseparable prefix ("Dr. X betont, …", "erklärt", "bestätigt") where no finite verb comes
    before it in its clause (no auxiliary of a perfect or passive) and a comma or colon follows it."""
    if verb.tag_ in FINITE:
        return True
    if verb.tag_ != "VVPP" or verb.i + 1 >= sent.end or sent.doc[verb.i + 1].text not in {",", ":"}:
        return False
    start, _ = clause_around(sent, verb.i, verb.i + 1)
    return not any(t.tag_ in FINITE for t in sent.doc[start : verb.i])


def parsed_subject(verb: Token, sent: Span) -> Span | None:
    """The person the parser gives `verb` as its subject, or names in apposition to it: "X von der
    IHK äußerte sich …" (the name before a modifier that ends in an organization)."""
    doc = sent.doc
    for child in verb.children:
        if child.dep_ not in {"nsubj", "sb"} or not sent.start <= child.i < sent.end:
            continue
        for tok in (child, *(t for t in child.children if t.dep_ in {"appos", "flat:name", "app", "pnc"})):
            if (name := person_at(doc, tok.i)) is not None:
                first, end = tok.i, tok.i
                while first > sent.start and person_at(doc, first - 1) == name:
                    first -= 1
                while end < sent.end and person_at(doc, end) == name:
                    end += 1
                return doc[first:end]
    return None


def speech_subject(sent: Span, speech_verbs: frozenset[str]) -> Span | None:
    """The person who is the subject of a verb of saying in `sent` (`verb_subject`)."""
    for verb in sent:
        if finite_like(verb, sent) and verb.lower_ != "so" and said(verb, speech_verbs):
            source = verb_subject(verb, sent)
            if source is not None:
                return source
    return None


def continued_report(
    prev: Span, sent: Span, speech_verbs: frozenset[str], reporter: Span | None = None
) -> RawQuote | None:
    """'X warnte vor falschen Polizisten. Allein im Vorjahr seien 300 Fälle angezeigt worden.': a sentence
    whose main verb is in the Konjunktiv and that names nobody, right after one whose subject is a
    person with a verb of saying, goes on reporting that person's words, on the same line or the next
    (press texts set each paragraph on a line of its own; a blank line ends the report); so too after a
    sentence that reported the words of one person, `reporter` ("… sagte X. Die Lage sei ernst. Man
    stehe in Kontakt mit der Firma.")."""
    doc = sent.doc
    if not follows(prev, sent) or "\n\n" in doc_text(doc)[prev.start_char : sent.start_char]:
        return None  # a new line goes on ("… sagte X.⏎Die Lage sei ernst."); a blank line does not
    main = next((t for t in sent if t.tag_ in FINITE), None)
    if main is None:  # "Die Mittel stünden bereit": a Konjunktiv the tagger read as an infinitive
        main = next((t for t in sent if t.tag_.startswith("V") and t.lower_ in _subjunctive_words()), None)
    if main is None or not (
        subjunctive(main) or main.lower_ in _subjunctive_words() or first_person_read(main, sent)
    ):
        return None  # ("Die Nachfrage ziehe an": a Konjunktiv I the tagger read as the first person)
    if any(person_at(doc, t.i) is not None for t in sent) and any(said(t, speech_verbs) for t in sent):
        return None  # a name with a verb of saying reports words of its own; a name as a topic does not
    source = reporter or speech_subject(prev, speech_verbs) or sole_subject(prev)
    return sentence_report(source, sent, 0.65) if source is not None else None


def first_person_read(verb: Token, sent: Span) -> bool:
    """A Konjunktiv I in "-e" the tagger read as the first person's indicative ("Die Nachfrage ziehe
    an"), in a sentence that addresses or names no one in the first or second person ("Danke, dass
    Du …": a greeting with its "ich" left out)."""
    if not konjunktiv_i_ending(verb) or "1" not in verb.morph.get("Person", []):
        return False
    return not any(t.lower_ in _SPEAKER_PRONOUNS for t in sent)


_SPEAKER_PRONOUNS = frozenset("ich mich mir du dich dir wir uns euch".split())


def sole_subject(sent: Span) -> Span | None:
    """The subject of the sentence's first finite verb, if it is the one person the sentence names and
    a possessive determiner of the person's gender opens the sentence's first phrase ("In seinem
    Bericht blickte X auf das Jahr zurück. Die Zahl der Mitglieder sei gestiegen": the Konjunktiv
    after it reports what X said there, whatever the verb)."""
    doc = sent.doc
    owner = next((g for t in sent[:3] if (g := possessive_gender(t.lower_)) is not None), None)
    if owner is None:
        return None
    names = {name for t in sent if (name := person_at(doc, t.i)) is not None}
    verb = next((t for t in sent if t.tag_ in FINITE), None) if len(names) == 1 else None
    source = verb_subject(verb, sent) if verb is not None else None
    if source is None or doc_genders(doc).get(person_at(doc, source.start) or "") != owner:
        return None
    return source


def pronoun_report(prev: Span, sent: Span) -> RawQuote | None:
    """'X ließ die Geschichte Revue passieren. Er stelle einen starken Zusammenhalt fest.': a sentence
    whose subject is "er"/"sie" (one person) and whose main verb is in the Konjunktiv I, right after a
    sentence that names the person the pronoun stands for (on the same line or the next, as
    `continued_report`), reports that person's words (the Konjunktiv II, "er wäre", "sie hätte", also
    states wishes and conditions)."""
    doc = sent.doc
    if len(sent) < 3 or not follows(prev, sent) or "\n\n" in doc_text(doc)[prev.start_char : sent.start_char]:
        return None
    main = next((t for t in sent if t.tag_ in FINITE), None)
    if main is None or main.lower_ in _KONJUNKTIV_II or main.lower_.endswith(("te", "ten")):
        return None
    if not (main.lower_ in _subjunctive_words() or konjunktiv_i_ending(main)):
        return None
    if main.i == sent.start + 1 and sent[0].lower_ in _PRONOUNS:
        pronoun = sent[0]  # "Sie stelle …"
    elif main.i + 1 < sent.end and doc[main.i + 1].lower_ in _PRONOUNS:
        pronoun = doc[main.i + 1]  # "Dabei habe er …"
    else:
        return None
    if "Plur" in main.morph.get("Number", []) or any(person_at(doc, t.i) is not None for t in sent):
        return None
    person = _pronoun_source(sent, pronoun)
    if person is None:
        return None
    name = person_at(doc, person.start)
    if not any(person_at(doc, t.i) == name for t in prev):
        return None
    return sentence_report(person, sent, 0.6)


_KONJUNKTIV_II = frozenset(
    {"wäre", "wären", "hätte", "hätten", "würde", "würden", "käme", "kämen", "gäbe", "gäben", "läge", "lägen"}
    | {"stünde", "stünden", "ginge", "fände", "fänden", "ließe", "hieße", "wüsste", "wüssten", "bräuchte"}
)


def sentence_report(source: Span, sent: Span, confidence: float) -> RawQuote | None:
    """The whole of `sent`, without its closing marks, as `source`'s reported speech (if long enough)."""
    doc = sent.doc
    last = sent.end
    while last > sent.start and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    said_at = next((t.i for t in sent if t.i > sent.start + 1 and speaking_after_report(doc, t.i)), None)
    if said_at is not None:
        last = said_at - 1  # "…, sagte die Vorsitzende am Montag": the attribution is no part of the words
    if last - sent.start < _MIN_REPORT:
        return None
    a, b = sent.start_char, doc[last - 1].idx + len(doc[last - 1].text)
    return RawQuote(source, doc_text(doc)[a:b].strip(), a, b, confidence, "indirect")


# the object pointing back: "Das teilte X mit", "Darauf wies X hin", "Davor warnte X"
_POINTING_BACK = frozenset({"das", "dies", "darauf", "davor"})


def pointed_report(prev: Span, sent: Span, speech_verbs: frozenset[str]) -> RawQuote | None:
    """'Die Zahl der Einbrüche sei gesunken. Das teilte Polizeipräsident X mit.': a sentence that opens
    with "Das"/"Dies" as the object of a verb of saying, or "Darauf"/"Davor" as its prepositional
    object ("Darauf wies X hin", "Davor warnte Y"), and names its subject after the verb reports the
    sentence before it, in the same paragraph (a quotation there is the direct quote rules' case)."""
    doc = sent.doc
    if len(sent) < 3 or sent[0].lower_ not in _POINTING_BACK or not follows(prev, sent):
        return None
    verb = sent[1]
    if verb.tag_ not in FINITE or not said(verb, speech_verbs):
        return None
    if verb.pos_ == "VERB" and verb.lemma_.lower() not in _speech_lemmas():
        return None  # a form the direct quote rules take only with more words ("freute sich")
    if "\n" in doc_text(doc)[prev.start_char : sent.start_char] or any(t.text in _MARK_CHARS for t in prev):
        return None
    if not any(t.tag_ in FINITE for t in prev):
        return None
    source = source_after(doc, verb.i + 1, sent.end)
    return sentence_report(source, prev, 0.7) if source is not None else None


def reported_quotes(sent: Span, speech_verbs: frozenset[str]) -> list[RawQuote]:
    """One indirect quote per attribution: the sentence without the attributing phrase; and the
    complement of a verb of saying (`complement_quotes`)."""
    doc = sent.doc
    out: list[RawQuote] = complement_quotes(sent, speech_verbs)
    for source, start, end in attributions(sent, speech_verbs):
        rest = [t for t in sent if not start <= t.i < end and not t.is_punct]
        if len(rest) < _MIN_REPORT and not (len(rest) > 1 and any(t.tag_ in FINITE for t in rest)):
            continue  # a clause of two words counts ("laut X fehlen Lehrkräfte"), "laut X schon" not
        last = sent.end
        while last > end and (doc[last - 1].is_punct or doc[last - 1].is_space):
            last -= 1  # the report ends before the sentence's closing mark and any line break
        if start == sent.start:  # "Laut X sei …": the report follows
            a, b = doc[min(end, last - 1)].idx, doc[last - 1].idx + len(doc[last - 1].text)
        elif (
            _past_adverbs(doc, end, last) >= last
        ):  # "…, wie X betonte." / "…, so X weiter.": the report precedes
            a, b = sent.start_char, doc[start - 1].idx
        else:  # "Die Lage sei X zufolge ernst": the whole sentence reports
            a, b = sent.start_char, doc[last - 1].idx + len(doc[last - 1].text)
        text = doc_text(doc)[a:b].strip(" ,")
        if not any(q.person.start == source.start and q.quote == text for q in out):
            out.append(RawQuote(source, text, a, b, 0.75, "indirect"))
    return out
