// An entity's neighbourhood for the network view, read from its detail response: nodes and typed edges.

import { getEntity } from "./api.js";

export const nodeId = (ref) => `${ref.kind}:${ref.id}`;

function edge(type, source, target, label, evidence) {
  return { type, source, target, label: label || "", evidence: evidence || [] };
}

/** {center, nodes: [ref], edges: [{type, source, target, label, evidence}]} with source/target as refs. */
export async function neighbourhood(ref) {
  const d = await getEntity(ref.kind, ref.id);
  const me = { kind: ref.kind, id: d.id, name: d.name, iri: d.iri };
  const edges = [];
  if (ref.kind === "person") {
    for (const r of d.role_facts || []) {
      if (r.organization) edges.push(edge("member_of", me, r.organization, [r.role, r.time].filter(Boolean).join(", "), r.evidence));
    }
    for (const a of d.affiliations || []) edges.push(edge("affiliated_with", me, a.organization, "", a.evidence));
    for (const t of d.talks || []) if (t.event) edges.push(edge("speaker_at", me, t.event, t.topic, t.evidence));
    for (const p of d.projects || []) edges.push(edge("works_on", me, p.project, p.relation, p.evidence));
  } else if (ref.kind === "organization") {
    const parent = (d.parents && d.parents[0]) || d.parent;
    if (parent) edges.push(edge("part_of", me, parent, "", []));
    for (const u of d.units || []) edges.push(edge("part_of", u, me, "", []));
    for (const m of d.members || []) {
      // a member without a role is an affiliation: the same edge the person's page draws
      const type = m.role ? "member_of" : "affiliated_with";
      edges.push(edge(type, m.person, me, [m.role, m.time].filter(Boolean).join(", "), m.evidence));
    }
    for (const e of d.events || []) edges.push(edge("organizer", me, e, "", []));
  } else if (ref.kind === "project") {
    for (const p of d.people || []) edges.push(edge("works_on", p.person, me, p.relation, p.evidence));
  } else if (ref.kind === "event") {
    for (const s of d.speakers || []) edges.push(edge("speaker_at", s.person, me, s.topic, s.evidence));
    if (d.organizer) edges.push(edge("organizer", d.organizer, me, "", []));
  }
  const nodes = new Map([[nodeId(me), me]]);
  for (const e of edges) for (const n of [e.source, e.target]) if (!nodes.has(nodeId(n))) nodes.set(nodeId(n), n);
  return { center: me, nodes: [...nodes.values()], edges };
}
