"""SPARQL queries that probe the endpoint's resource walls (issue 13), for the tests and the benchmarks."""

from __future__ import annotations

# Doubling a 16-character string 39 times: 8 TB asked for by a 1.3 kB query.
_NAMES = [f"?v{i}" for i in range(40)]
MEMORY_BOMB = (
    'SELECT (STRLEN(?v39) AS ?n) WHERE { BIND("xxxxxxxxxxxxxxxx" AS ?v0) '
    + " ".join(f"BIND(CONCAT({_NAMES[i]},{_NAMES[i]}) AS {_NAMES[i + 1]})" for i in range(39))
    + " }"
)
# 300 rows of a 128 kB string: 39 MB of answer from a short query.
WIDE = (
    "SELECT ?x WHERE { VALUES ?i { "
    + " ".join(str(i) for i in range(300))
    + ' } BIND("'
    + "x" * 1000
    + '" AS ?a0) '
    + " ".join(f"BIND(CONCAT(?a{i},?a{i}) AS ?a{i + 1})" for i in range(7))
    + " BIND(?a7 AS ?x) }"
)
# A six-way cross product: runs until its timeout on any store.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }"
