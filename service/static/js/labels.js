// German labels for relation keys that the API returns in English.

const PROJECT_RELATIONS = {
  responsible: "verantwortlich",
  presented: "stellte vor",
  works_on: "arbeitet mit",
  leads: "leitet",
  coordinates: "koordiniert",
  funded: "fördert",
  related: "beteiligt",
};

export function projectRelation(key) {
  if (!key) return "beteiligt";
  return PROJECT_RELATIONS[key] || key.replace(/_/g, " ");
}

export const EDGE_TYPES = {
  member_of: "Rolle/Mitglied",
  affiliated_with: "Zugehörigkeit",
  speaker_at: "Vortrag",
  works_on: "Projekt",
  part_of: "Teil von",
  organizer: "Veranstalter",
  location: "Ort",
  other: "Sonstige",
};

/** Edge relation keys from /connections, mapped to the network's relation types. */
export function edgeType(relation) {
  const r = (relation || "").toLowerCase();
  if (r in EDGE_TYPES) return r;
  if (r.includes("member") || r.includes("role")) return "member_of";
  if (r.includes("affil")) return "affiliated_with";
  if (r.includes("speak") || r.includes("talk") || r.includes("perform")) return "speaker_at";
  if (r.includes("project") || r.includes("attribut") || r.includes("works")) return "works_on";
  if (r.includes("part") || r.includes("sub") || r.includes("unit")) return "part_of";
  if (r.includes("organi")) return "organizer";
  if (r.includes("locat") || r.includes("place")) return "location";
  return "other";
}

/** The label of an edge as the page shows it: project relations in German ("presented" -> "stellte vor"). */
export function edgeLabel(type, label) {
  if (!label) return "";
  return type === "works_on" ? projectRelation(label) : label;
}

// How an edge reads from the node at its target (the source reads it as EDGE_TYPES says): an organization
// sees its part-of edges as its units, an event its organizer edge as the one who organizes it.
const FROM_TARGET = { part_of: "Einheit", organizer: "Veranstaltet von", member_of: "Mitglied",
  affiliated_with: "Zugehörig", speaker_at: "Redner:in", works_on: "Beteiligt" };

/** The relation of an edge read from one of its ends (`atSource`: the node is the edge's source). */
export function relationFrom(type, atSource) {
  return atSource ? EDGE_TYPES[type] || type : FROM_TARGET[type] || EDGE_TYPES[type] || type;
}
