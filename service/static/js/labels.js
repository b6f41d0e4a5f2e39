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
