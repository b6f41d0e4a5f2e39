"""The text of a Doc, built once.

`Doc.text` joins every token's text on each access; the rule components ask for it thousands of times
per article. The text never changes after tokenization (retokenizing keeps it), so it is kept in
`doc.user_data` on first use.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "kg_text"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
