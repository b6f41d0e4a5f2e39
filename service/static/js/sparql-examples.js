// Example queries of the SPARQL page (the graph's vocabulary: W3C ORG, schema.org, PROV-O, Web Annotation).

const PREFIXES = `PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX kg: <https://kg.example.org/ns#>
`;

export const EXAMPLES = [
  {
    id: "rollen",
    title: "Rollen je Organisation",
    query: `${PREFIXES}
# Wer hat in welcher Organisation welche Rolle (mit Zeitangabe)?
SELECT DISTINCT ?organisation ?organisationLabel ?person ?personLabel ?rolle ?zeit WHERE {
  ?m a org:Membership ;
     org:member ?person ;
     org:organization ?organisation ;
     schema:jobTitle ?rolle .
  ?person rdfs:label ?personLabel .
  ?organisation rdfs:label ?organisationLabel .
  OPTIONAL { ?m kg:timeHint ?zeit }
}
ORDER BY ?organisationLabel ?personLabel
LIMIT 200`,
  },
  {
    id: "redner",
    title: "Redner:innen je Veranstaltung",
    query: `${PREFIXES}
# Programm: wer sprach bei welcher Veranstaltung worüber?
SELECT DISTINCT ?veranstaltung ?veranstaltungLabel ?person ?personLabel ?thema ?themaLabel WHERE {
  ?vortrag schema:performer ?person ;
           schema:superEvent ?veranstaltung .
  ?veranstaltung rdfs:label ?veranstaltungLabel .
  ?person rdfs:label ?personLabel .
  OPTIONAL { ?vortrag schema:about ?thema . OPTIONAL { ?thema rdfs:label ?themaLabel } }
}
ORDER BY ?veranstaltungLabel ?personLabel
LIMIT 200`,
  },
  {
    id: "experten",
    title: "Expert:innen zu einem Thema",
    query: `${PREFIXES}
# Wer kennt sich mit Digitalisierung aus? Belege: Vortragsthemen, Projekte und Rollen.
SELECT ?person ?personLabel (COUNT(DISTINCT ?beleg) AS ?belege)
       (GROUP_CONCAT(DISTINCT ?worüber; separator=" | ") AS ?themen) WHERE {
  {
    ?beleg schema:performer ?person ; schema:about ?t .
    OPTIONAL { ?t rdfs:label ?tLabel }
    BIND(STR(COALESCE(?tLabel, ?t)) AS ?worüber)
  } UNION {
    ?projekt prov:qualifiedAttribution ?beleg ; rdfs:label ?worüber .
    ?beleg prov:agent ?person .
  } UNION {
    ?beleg org:member ?person ; schema:jobTitle ?rolle ; org:organization ?o .
    ?o rdfs:label ?oName .
    BIND(CONCAT(STR(?rolle), ", ", STR(?oName)) AS ?worüber)
  }
  FILTER(CONTAINS(LCASE(?worüber), "digital"))
  ?person rdfs:label ?personLabel .
}
GROUP BY ?person ?personLabel
ORDER BY DESC(?belege) ?personLabel`,
  },
];
