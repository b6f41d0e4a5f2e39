"""The text of one article and where it names its entities and roles, for the article view.

The text (``schema:articleBody``) and the mention spans (``kg:mentionSpans``, one literal per article:
graph/rdf.py) are read from the article's own graph when the article is asked for, never kept in the
read model: one small query per request, whatever the size of the store. Role titles have no spans of
their own; they are found in their evidence sentence (graph/normalize keeps the title in its base form,
so the printed inflection is matched by its stem).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from graph.vocab import ID, PREFIXES
from service.readmodel.records import Fact

TEXT_QUERY = """SELECT ?text ?spans WHERE { GRAPH <%s> {
  <%s> schema:articleBody ?text OPTIONAL { <%s> kg:mentionSpans ?spans } } }"""
_SPAN = re.compile(r"^(\d+)-(\d+)$")
# Umlauts folded one character for one, so offsets stay the same ("Chefärzte" ~ "Chefarzt").
_FOLD = str.maketrans("äöüÄÖÜ", "aouAOU")
# Longer spans win an overlap; on equal length persons before roles before organizations ...
_PRIORITY = {"person": 0, "role": 1, "organization": 2, "project": 3, "event": 4, "location": 5}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str  # person, organization, role, project, event, location
    label: str  # the entity's name, or the role title
    entity: str | None = None  # entity IRI (None for a role)


def read_text(
    store: ox.Store, graph: str, article: str
) -> tuple[str | None, dict[str, list[tuple[int, int]]]]:
    """The article's text (None if the store holds none: ingested before texts were kept) and the
    spans of each entity it mentions (entity IRI -> spans in text order)."""
    result = store.query(
        TEXT_QUERY % (graph, article, article), use_default_graph_as_union=True, prefixes=PREFIXES
    )
    assert isinstance(result, ox.QuerySolutions)
    for solution in result:
        text, spans = solution["text"], solution["spans"]
        return (None if text is None else text.value), parse_spans(spans.value if spans else "")
    return None, {}


def parse_spans(value: str) -> dict[str, list[tuple[int, int]]]:
    """``"person/eleonore-baj 0-12 80-83\\norg/x 20-30"`` -> {IRI: [(0, 12), (80, 83)], ...}."""
    out: dict[str, list[tuple[int, int]]] = {}
    for line in value.splitlines():
        key, *parts = line.split()
        spans = [(int(m[1]), int(m[2])) for p in parts if (m := _SPAN.match(p))]
        if key and spans:
            out[ID + key] = spans
    return out


def role_patterns(title: str) -> list[re.Pattern[str]]:
    """A title in any inflection: each word by its stem ("Ärztlicher Direktor" also finds "des
    Ärztlichen Direktors"), umlauts folded; first as a word of its own, then also at the end of a
    compound ("IHK-Präsidentin", "Amtsleiterin")."""
    words = title.translate(_FOLD).split()
    if not words:
        return []
    parts = []
    for w in words:
        stem = w if w.endswith(".") or len(w) < 5 else w[: -3 if len(w) >= 7 else -1]
        parts.append(re.escape(stem) + (r"\w*" if stem != w else ""))
    body = r"[\s-]+".join(parts)
    return [re.compile(r"(?<!\w)" + body, re.IGNORECASE), re.compile(body, re.IGNORECASE)]


def role_mentions(text: str, facts: Iterable[Fact], article: str) -> list[Mention]:
    """Where each role fact's title stands in its evidence sentence of this article (if found)."""
    folded = text.translate(_FOLD)
    out: list[Mention] = []
    for f in facts:
        if f.kind != "role" or not f.label:
            continue
        patterns = role_patterns(f.label)
        for ev in f.evidence:
            if ev.article != article or ev.start is None or ev.end is None:
                continue
            m = next((m for p in patterns if (m := p.search(folded, ev.start, ev.end))), None)
            if m:
                out.append(Mention(m.start(), m.end(), "role", f.label))
    return out


def mentions_in(
    text: str,
    spans: dict[str, list[tuple[int, int]]],
    names: dict[str, tuple[str, str]],
    roles: Sequence[Mention],
) -> list[Mention]:
    """Entity and role mentions in text order, without overlaps (the longer span wins). `names` maps
    entity IRIs to (API kind, name); entities it does not know are left out."""
    found = [
        Mention(s, e, names[iri][0], names[iri][1], iri)
        for iri, ss in spans.items()
        if iri in names
        for s, e in ss
        if 0 <= s < e <= len(text)
    ]
    found.extend(m for m in roles if m.end <= len(text))
    kept: list[Mention] = []  # disjoint, by start
    for m in sorted(found, key=lambda m: (m.start - m.end, _PRIORITY.get(m.kind, 9), m.start)):
        i = bisect.bisect_left(kept, m.start, key=lambda k: k.start)
        if (i == 0 or kept[i - 1].end <= m.start) and (i == len(kept) or m.end <= kept[i].start):
            kept.insert(i, m)
    return kept
