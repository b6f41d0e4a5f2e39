// Talks to the REST API and SPARQL endpoint of the same origin; maps entity kinds to API paths and page routes.

export const KINDS = {
  person: { api: "/persons", label: "Person", plural: "Personen" },
  organization: { api: "/organizations", label: "Organisation", plural: "Organisationen" },
  project: { api: "/projects", label: "Projekt", plural: "Projekte" },
  event: { api: "/events", label: "Veranstaltung", plural: "Veranstaltungen" },
  article: { api: "/articles", label: "Artikel", plural: "Artikel" },
  location: { api: null, label: "Ort", plural: "Orte" },
  topic: { api: null, label: "Thema", plural: "Themen" },
  evidence: { api: null, label: "Beleg", plural: "Belege" },
};

// IRI path segment (https://kg.example.org/id/<seg>/<id>) -> entity kind.
const IRI_KINDS = { person: "person", org: "organization", project: "project", event: "event", article: "article",
  place: "location" };
const ID_BASE = "https://kg.example.org/id/";

export class ApiError extends Error {
  constructor(status, detail, candidates = []) {
    super(detail);
    this.status = status;
    this.candidates = candidates; // 404/409 of a name lookup: the entities the name may mean
  }
}

async function asError(resp) {
  let detail = `${resp.status} ${resp.statusText}`;
  let candidates = [];
  try {
    const body = await resp.json();
    if (body && body.detail) detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
    if (body && Array.isArray(body.candidates)) candidates = body.candidates;
  } catch { /* not JSON: keep the status line */ }
  return new ApiError(resp.status, detail, candidates);
}

export async function getJSON(path, params = {}, { signal } = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, value);
  }
  const resp = await fetch(url, { headers: { Accept: "application/json" }, signal });
  if (!resp.ok) throw await asError(resp);
  return resp.json();
}

/** The list inside a response: a bare array, or a page object ({items, total, ...}). */
export function itemsOf(body) {
  if (Array.isArray(body)) return body;
  if (!body || typeof body !== "object") return [];
  for (const key of ["items", "results", "hits", "data"]) if (Array.isArray(body[key])) return body[key];
  return [];
}

export function getEntity(kind, id, opts) {
  const spec = KINDS[kind];
  if (!spec || !spec.api) return Promise.reject(new ApiError(404, `Keine Seite für ${kind}`));
  return getJSON(`${spec.api}/${encodeURIComponent(id)}`, {}, opts);
}

export function listEntities(kind, params = {}, opts) {
  return getJSON(KINDS[kind].api, params, opts);
}

export function search(q, opts) {
  return getJSON("/search", { q }, opts);
}

export function expertise(topic, kind = "", opts) {
  return getJSON("/expertise", { topic, kind }, opts);
}

/** /connections takes an IRI, an id or a name as typed: a picked entity goes by its IRI (unambiguous). */
export function refParam(ref) {
  return typeof ref === "string" ? ref : ref.iri || ref.id;
}

/** `a` and `b`: entity refs, or names as typed (409/404 errors then carry `candidates`). */
export function connections(a, b, opts) {
  return getJSON("/connections", { a: refParam(a), b: refParam(b) }, opts);
}

/** Which entity a typed name means: {match, entity, candidates}. */
export function lookup(q, kind = "", opts) {
  return getJSON("/lookup", { q, kind }, opts);
}

/** Runs a SELECT/ASK query; resolves to SPARQL 1.1 JSON results. */
export async function sparql(query, { signal } = {}) {
  const resp = await fetch("/sparql", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json" },
    body: new URLSearchParams({ query }),
    signal,
  });
  if (!resp.ok) throw await asError(resp);
  return { body: await resp.json(), truncated: resp.headers.get("X-SPARQL-Truncated") };
}

/** Page route of an entity ref (or of an IRI of this graph), or null. */
export function routeOf(ref) {
  if (!ref) return null;
  if (ref.kind && ref.id && KINDS[ref.kind] && KINDS[ref.kind].api) {
    return `#/${ref.kind}/${encodeURIComponent(ref.id)}`;
  }
  return null;
}

export function refFromIri(iri) {
  if (typeof iri !== "string" || !iri.startsWith(ID_BASE)) return null;
  const [seg, ...rest] = iri.slice(ID_BASE.length).split("/");
  const kind = IRI_KINDS[seg];
  if (!kind || rest.length !== 1 || !rest[0]) return null;
  return { kind, id: decodeURIComponent(rest[0]), iri };
}

export function articleRoute(article) {
  return article && article.id ? `#/article/${encodeURIComponent(article.id)}` : null;
}
