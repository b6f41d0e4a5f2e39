"""Grammatical-function features of a mention, read from the dependency parse when there is one.

What a person does in a sentence is told by the word that governs the mention: "X betonte" (X is the
subject of a speech verb), "Vortrag von X" (X attached to a talk noun), "von X moderiert" (X the
agent of a participle), "X, Leiterin des Amtes" (an apposition). A coordinated mention ("A und B
sprachen") takes the function of the first conjunct. Labels are reduced to a few functions so that
UD (the shipped de_kg_syntax) and TIGER (spaCy's de_core_news models) parses read alike.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.relmodel.cues import cue_classes

# UD and TIGER dependency labels -> grammatical function
FUNCTION = {
    "nsubj": "SUBJ",
    "nsubj:pass": "SUBJ_PASS",
    "csubj": "SUBJ",
    "sb": "SUBJ",
    "sbp": "AGENT",
    "obj": "OBJ",
    "iobj": "IOBJ",
    "oa": "OBJ",
    "da": "IOBJ",
    "og": "OBJ",
    "obl": "OBL",
    "obl:arg": "OBL",
    "obl:agent": "AGENT",
    "op": "OBL",
    "mo": "OBL",
    "nmod": "NMOD",
    "nmod:poss": "GEN",
    "ag": "GEN",
    "pg": "NMOD",
    "mnr": "NMOD",
    "appos": "APPOS",
    "app": "APPOS",
    "flat": "NAME",
    "flat:name": "NAME",
    "pnc": "NAME",
    "nk": "NK",
    "conj": "CONJ",
    "cj": "CONJ",
    "cd": "CC",
    "cc": "CC",
    "root": "ROOT",
    "ROOT": "ROOT",
    "parataxis": "PARA",
    "dep": "DEP",
    "compound": "COMP",
    "ccomp": "CCOMP",
    "oc": "CCOMP",
    "xcomp": "XCOMP",
    "advcl": "ADVCL",
    "acl": "ACL",
    "rc": "ACL",
    "acl:relcl": "ACL",
    "pd": "PRED",
    "case": "CASE",
    "det": "DET",
    "amod": "AMOD",
}


def function(tok: Token) -> str:
    return FUNCTION.get(tok.dep_, tok.dep_.upper() or "NONE")


def span_root(span: Span) -> Token:
    """The token of the span whose head lies outside it (the name's syntactic head)."""
    root = span.root
    while function(root) in {"NAME", "NK"} and root.head.i != root.i and span.start <= root.head.i < span.end:
        root = root.head
    return root


def effective(tok: Token) -> Token:
    """Climb coordination ('A und B sprachen': B takes A's function), name parts and appositions
    ('Der Kämmerer Jonas Weber sagte': the name shares the function of its title) to the phrase."""
    seen = 0
    while function(tok) in {"CONJ", "NAME", "NK", "APPOS"} and tok.head.i != tok.i and seen < 6:
        tok = tok.head
        seen += 1
    return tok


def mention_features(span: Span) -> set[str]:
    """The mention's grammatical function (with its preposition), the cue class of the word governing
    it ("SUBJ_of_SPEECH": subject of a speech verb; "NMOD_of_TALK": "Vortrag von X"), and whether it
    is the subject of a verb with a reported clause. Richer governor features (lemma, word class) were
    tried and cost cross-validated F1 on the small training set (nlp/models/relations/README.md)."""
    doc = span.doc
    if not doc.has_annotation("DEP"):
        return set()
    root = span_root(span)
    eff = effective(root)
    fn = function(eff)
    out = {f"syn:fn={fn}"}
    if eff is not root:
        out.add("syn:coordinated")
    case = [c.lower_ for c in eff.children if function(c) == "CASE"]
    if case:
        out.add(f"syn:case={case[0]}")
        out.add(f"syn:fn={fn}+{case[0]}")
    gov = eff.head
    if gov.i == eff.i:
        return out
    for cue in cue_classes(gov):
        out.add(f"syn:{fn}_of_{cue}")
    if fn == "SUBJ" and any(function(k) in {"CCOMP", "PARA"} for k in gov.children):
        out.add("syn:subj_with_clause")  # "X betonte, die Lage sei ernst": X says the clause
    return out


def pair_path(a: Token, b: Token, limit: int = 4) -> str | None:
    """The dependency path between two tokens as function labels ('APPOS', 'NMOD^NMOD', ...), if short."""
    up_a = [a]
    while up_a[-1].head.i != up_a[-1].i and len(up_a) <= limit:
        up_a.append(up_a[-1].head)
    up_b = [b]
    while up_b[-1].head.i != up_b[-1].i and len(up_b) <= limit:
        up_b.append(up_b[-1].head)
    ids_a = [t.i for t in up_a]
    for j, t in enumerate(up_b):
        if t.i in ids_a:
            k = ids_a.index(t.i)
            left = [function(x) for x in up_a[:k]]
            right = [function(x) for x in up_b[:j]]
            if len(left) + len(right) > limit:
                return None
            return "^".join(left) + "|" + "^".join(right)
    return None
