"""Content negotiation for SPARQL answers: Accept header (or ?format=) to a serializer key and media type."""

from __future__ import annotations

# media type -> serializer key, in order of preference when the client accepts anything.
RESULT_MEDIA = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_MEDIA = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
    "application/rdf+xml": "rdfxml",
}
# serializer key -> media type of the answer
ANSWER_MEDIA = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
FORMAT_ALIASES = {"ttl": "turtle", "nt": "ntriples", "json-ld": "jsonld", "rdf": "rdfxml"}


def parse_accept(header: str) -> list[str]:
    """Media ranges of an Accept header, best first (by q, then by order); q=0 ranges dropped."""
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for param in fields[1:]:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, index, media))
    return [media for _, _, media in sorted(ranked)]


class UnacceptableFormatError(ValueError):
    """No serializer fits the Accept header or the ?format= of the request."""


def choose_format(accept: str | None, fmt: str | None, graph: bool) -> str:
    """`pick_format`, with NotAcceptableError (HTTP 406) when nothing fits."""
    from service.errors import NotAcceptableError  # not at import: the query worker stays light

    try:
        return pick_format(accept, fmt, graph)
    except UnacceptableFormatError as exc:
        raise NotAcceptableError(str(exc)) from None


def pick_format(accept: str | None, fmt: str | None, graph: bool) -> str:
    """The serializer key for a query answer; `graph` is True for CONSTRUCT/DESCRIBE."""
    table = GRAPH_MEDIA if graph else RESULT_MEDIA
    keys = set(table.values())
    if fmt:
        key = FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
        if key not in keys:
            raise UnacceptableFormatError(
                f"Unknown format {fmt!r} for this query; use one of {sorted(keys)}."
            )
        return key
    default = next(iter(table.values()))
    if not accept:
        return default
    for media in parse_accept(accept):
        if media in table:
            return table[media]
        if media in {"*/*", "application/*"}:
            return default
        if media == "text/*":
            return next(key for m, key in table.items() if m.startswith("text/"))
    raise UnacceptableFormatError(
        f"Cannot answer in {accept!r}; acceptable: {', '.join(sorted(set(table)))}."
    )
