"""Word classes that cue a relation (talk nouns, speech verbs, event nouns ...), from the lexicons.

A token's cue classes are read from the lexicon files of nlp/lexicons (talk_cues.yaml,
speech_verbs.txt, event_cues.txt) and, when the pipeline lemmatises, from the verb's lemma with
separable particles re-attached ("stellte ... vor" -> "vorstellen", cue_lemmas.yaml); compounds
count by their head ("Impulsvortrag" ends in "vortrag").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from nlp.relations.lexicon import read_yaml, word_set
from nlp.relations.reported import bare_particle_verb


@cache
def _tables() -> dict[str, frozenset[str] | tuple[str, ...]]:
    talk = read_yaml("talk_cues.yaml")
    return {
        "TALK": frozenset(talk["nouns"]) | frozenset(talk["slot_nouns"]),
        "TALK_HEAD": tuple(talk["talk_heads"]),
        "PANEL": tuple(talk["panel_nouns"]),
        "PRESENT": frozenset(talk["verbs"]) | frozenset(talk["weak_verbs"]),
        "OPEN": frozenset(talk["opening_verbs"]) | frozenset(talk["guiding_verbs"]),
        "GREET": frozenset(talk["greeting_verbs"]),
        "PARTICIPLE": frozenset(talk["participles"]),
        "SPEAKER_NOUN": frozenset(talk["speaker_nouns"]) | frozenset(talk["expert_nouns"]),
        "AUDIENCE": frozenset(talk["audience_nouns"]),
        "SPEECH": word_set("speech_verbs.txt") - {"so", "ist", "sind", "war", "findet"},  # ("findet statt")
        "EVENT": tuple(word_set("event_cues.txt")),
        **{f"LEMMA_{k.upper()}": frozenset(v) for k, v in read_yaml("cue_lemmas.yaml").items()},
    }


def cue_lemmas(name: str) -> frozenset[str]:
    """The lemmas of one class of cue_lemmas.yaml ("organize", "address"), read once."""
    return frozenset(_tables()[f"LEMMA_{name.upper()}"])


_LEMMA_CLASS = {
    "LEMMA_SPEECH": "SPEECH",
    "LEMMA_PRESENT": "PRESENT",
    "LEMMA_OPEN": "OPEN",
    "LEMMA_GREET": "GREET",
}


def cue_classes(tok: Token) -> tuple[str, ...]:
    """The cue classes of a token (empty for most words)."""
    t = _tables()
    low = tok.lower_
    out: list[str] = []
    if tok.text[:1].isupper():
        if low in t["TALK"] or low.endswith(t["TALK_HEAD"]):  # type: ignore[arg-type]
            out.append("TALK")
        if low.endswith(t["PANEL"]):  # type: ignore[arg-type]
            out.append("PANEL")
        if low in t["SPEAKER_NOUN"]:
            out.append("SPEAKER_NOUN")
        if low.endswith(t["EVENT"]) and len(low) > 4:  # type: ignore[arg-type]
            out.append("EVENT")
        if low in t["AUDIENCE"]:
            out.append("AUDIENCE")
    if tok.is_lower or tok.is_sent_start:
        for cls in ("PRESENT", "OPEN", "GREET", "PARTICIPLE", "SPEECH"):
            if low in t[cls]:
                out.append(cls)
        if tok.pos_ in {"VERB", "AUX"} and tok.lemma_:
            lemma = tok.lemma_.lower()
            if "SPEECH" in out and not ends_clause(tok) and bare_particle_verb(tok):
                out.remove("SPEECH")  # "stellte sich zur Wahl": no "fest" or "klar" came back to it
            for table, cls in _LEMMA_CLASS.items():
                if lemma in t[table] and cls not in out:
                    out.append(cls)
    return tuple(out)


def ends_clause(tok: Token) -> bool:
    """The verb ends its clause, where a particle stands before it ("…, der vor Augen führte, dass")."""
    return tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].is_punct
