"""Words that stand before or after a name without being part of it: academic titles, courtesy words,
and the marks of an office left ("Pfarrer i. R.", "Minister a. D.", "Professor em.")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.relations.base import COURTESY, person_at, person_from
from nlp.relations.coref import ACADEMIC
from nlp.relations.lexicon import role_hit

_RETIRED = {"i.": "r.", "a.": "d."}  # "Pfarrer i. R. X", "Minister a. D. X": out of office
RETIRED_WORDS = frozenset({"a.d.", "i.r."})  # the same written as one token


def title_or_role(doc: Doc, k: int) -> bool:
    """A title word ("Dr.", "Frau") or a capitalised role word ("Direktor") before a name."""
    return is_title_word(doc, k) or (doc[k].is_title and role_hit(doc[k].text) is not None)


def retired_after(doc: Doc, j: int, limit: int) -> bool:
    """The mark of an office left right after a title: "a.D.", "a. D.", "i.R.", "i. R.", "em."."""
    if j >= limit:
        return False
    low = doc[j].lower_
    if low in RETIRED_WORDS or low == "em.":
        return True
    nxt = doc[j + 1].lower_ if j + 1 < limit else ""
    return _RETIRED.get(low) == nxt or low == "em" and nxt == "."


def is_title_word(doc: Doc, j: int) -> bool:
    """Academic titles and courtesy words before a name; "Dr.-Ing" + "." arrive as two tokens; the
    marks of an office left after a title ("i. R.", "a. D.", "a.D.", "em.")."""
    low = doc[j].lower_
    if low in ACADEMIC or low in COURTESY or low in RETIRED_WORDS:
        return True
    if low in _RETIRED and j + 1 < len(doc) and doc[j + 1].lower_ == _RETIRED[low]:
        return True
    if low in _RETIRED.values() and j > 0 and _RETIRED.get(doc[j - 1].lower_) == low:
        return True
    if low == "em" and j + 1 < len(doc) and doc[j + 1].text == "." and j > 0 and role_hit(doc[j - 1].text):
        return True
    if low == "." and j > 1 and doc[j - 1].lower_ == "em" and role_hit(doc[j - 2].text):
        return True
    if low == "." and j > 0 and doc[j - 1].lower_ + "." in ACADEMIC:
        return True
    return low + "." in ACADEMIC and j + 1 < len(doc) and doc[j + 1].text == "."


def name_after_titles(doc: Doc, j: int, limit: int) -> Span | None:
    """The person mention at `j` past academic titles and courtesy words ("ist Prof. Dr. X", "mit
    Herrn X"), or None."""
    while j < limit and person_at(doc, j) is None and is_title_word(doc, j):
        j += 1
    return person_from(doc, j, limit)
