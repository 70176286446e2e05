// The only module that knows the server's URLs. Every call returns parsed JSON or throws an ApiError
// whose message is the server's own {"error","message"} text, so views can show it as it is.

const BASE = '/api';

/** An error answered by the API (or a failure to reach it). */
export class ApiError extends Error {
  constructor(message, { code = 'network', status = 0 } = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }
}

function url(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    query.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const qs = query.toString();
  return `${BASE}${path}${qs ? `?${qs}` : ''}`;
}

const seg = (value) => encodeURIComponent(value);

async function getJson(path, params, { signal } = {}) {
  let response;
  try {
    response = await fetch(url(path, params), { headers: { Accept: 'application/json' }, signal });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError('The server could not be reached. Check that Synergraph is running.');
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok || (body && typeof body.error === 'string')) {
    const message = body && body.message ? body.message : `The server answered ${response.status} ${response.statusText}`.trim();
    throw new ApiError(message, { code: (body && body.error) || 'http', status: response.status });
  }
  if (body === null) throw new ApiError('The server sent an answer that is not JSON.', { code: 'parse', status: response.status });
  return body;
}

let writes = 0;

/** Counts the writes this tab has made: views that keep answers include it in their keys, so a judgement shows at once. */
export const writeCount = () => writes;

async function postJson(path, body, token) {
  let response;
  try {
    response = await fetch(url(path), {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError('The server could not be reached. Check that Synergraph is running.');
  }
  let answer = null;
  try { answer = await response.json(); } catch { answer = null; }
  if (!response.ok) {
    const message = answer && answer.message ? answer.message : `The server answered ${response.status}`;
    throw new ApiError(message, { code: (answer && answer.error) || 'http', status: response.status });
  }
  writes += 1;
  return answer;
}

/**
 * Uploads one file to POST /api/documents as the multipart field `file`, with the admin token. Calls
 * onProgress(sent, total) as the bytes go (XHR, since fetch reports no upload progress). Resolves to the ingest
 * outcome; rejects with an ApiError whose message is the server's own.
 */
function upload(file, token, { onProgress } = {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url('/documents'));
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (e) => onProgress && onProgress(e.loaded, e.lengthComputable ? e.total : file.size));
    xhr.addEventListener('load', () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch { body = null; }
      if (xhr.status >= 200 && xhr.status < 300 && body && typeof body.error !== 'string') { writes += 1; resolve(body); return; }
      const message = body && body.message ? body.message : `The server answered ${xhr.status} ${xhr.statusText}`.trim();
      reject(new ApiError(message, { code: (body && body.error) || 'http', status: xhr.status }));
    });
    xhr.addEventListener('error', () => reject(new ApiError('The server could not be reached. Check that Synergraph is running.')));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

export const api = {
  health: () => getJson('/health'),
  search: (q, { type, limit = 10, offset, signal } = {}) => getJson('/search', { q, type, limit, offset }, { signal }),
  /** An entity's first page: each relation group's count and first `limit` relations, the first documents. */
  entity: (id, { limit, asOf } = {}) => getJson(`/entities/${seg(id)}`, { limit, asOf }),
  /** An entity's facts by date, earliest first (with asOf: only those reported by then). */
  timeline: (id, { asOf, offset, limit } = {}) => getJson(`/entities/${seg(id)}/timeline`, { asOf, offset, limit }),
  /** The documents' dates, earliest first: what the time control slides over. */
  dates: () => getJson('/dates'),
  /** A further page of one relation group (type and direction) of an entity. */
  entityRelations: (id, { type, direction, offset, limit, asOf } = {}) => getJson(`/entities/${seg(id)}/relations`, { type, direction, offset, limit, asOf }),
  /** A further page of the documents that mention an entity. */
  entityDocuments: (id, { offset, limit } = {}) => getJson(`/entities/${seg(id)}/documents`, { offset, limit }),
  entityGraph: (id, { depth = 1, types, limit, asOf } = {}) => getJson(`/entities/${seg(id)}/graph`, { depth, types, limit, asOf }),
  edge: (edgeId) => getJson(`/edges/${seg(edgeId)}`),
  /** Paths between two entities, most informative first; through no entity or relation of the excluded types. */
  paths: (from, to, { maxLength, limit, excludeNodeTypes, excludeRelationTypes } = {}) =>
    getJson('/paths', { from, to, maxLength, limit, excludeNodeTypes, excludeRelationTypes }),
  shared: (ids, { min, target, via, status, asOf } = {}) => getJson('/shared', { ids, min, target, via, status, asOf }),
  overlap: (ids, { target, via } = {}) => getJson('/overlap', { ids, target, via }),
  documents: ({ offset, limit } = {}) => getJson('/documents', { offset, limit }),
  document: (id) => getJson(`/documents/${seg(id)}`),
  upload,
  /** URL of a document's original file, as it was uploaded (a plain link, so the browser downloads it). */
  originalUrl: (id) => url(`/documents/${seg(id)}/original`),
  reports: () => getJson('/reports'),
  runReport: (name, params = {}) => getJson(`/reports/${seg(name)}`, params),
  /** URL of a report's CSV download (a plain link, so the browser streams the file). */
  reportCsvUrl: (name, params = {}) => url(`/reports/${seg(name)}`, { ...params, format: 'csv' }),
  /** The review queue: facts in one state (unreviewed, accepted, rejected, orphaned), what needs a human first. */
  review: ({ state, type, document, minConfidence, maxConfidence, offset, limit } = {}) =>
    getJson('/review', { state, type, document, minConfidence, maxConfidence, offset, limit }),
  /** Accepts or rejects a fact (a reviewer's token). */
  judgeRelation: (id, decision, note, token) => postJson(`/relations/${seg(id)}/judgement`, { decision, note }, token),
  /** Adds a fact by hand; with `replaces`, a correction of that relation. */
  addRelation: (fact, token) => postJson('/relations', fact, token),
  /** Merges, renames, retypes or rejects an entity. */
  judgeEntity: (id, decision, token) => postJson(`/entities/${seg(id)}/judgement`, decision, token),
};

/** The endpoints, for the API page: [method, path template, description key, example URL or null]. */
export const endpoints = [
  ['GET', '/api/health', 'api.ep.health', url('/health')],
  ['GET', '/api/search?q=&type=&limit=', 'api.ep.search', url('/search', { q: 'soil', limit: 5 })],
  ['GET', '/api/entities/{id}', 'api.ep.entity', null],
  ['GET', '/api/entities/{id}/graph?depth=&types=&limit=', 'api.ep.graph', null],
  ['GET', '/api/edges/{edgeId}', 'api.ep.edge', null],
  ['GET', '/api/paths?from=&to=&maxLength=&limit=&excludeNodeTypes=&excludeRelationTypes=', 'api.ep.paths', null],
  ['GET', '/api/shared?ids=&min=&target=&via=&status=', 'api.ep.shared', null],
  ['GET', '/api/overlap?ids=&target=&via=', 'api.ep.overlap', null],
  ['GET', '/api/documents', 'api.ep.documents', url('/documents')],
  ['GET', '/api/documents/{id}', 'api.ep.document', null],
  ['POST', '/api/documents', 'api.ep.ingest', null],
  ['DELETE', '/api/documents/{id}', 'api.ep.delete', null],
  ['GET', '/api/documents/{id}/original', 'api.ep.original', null],
  ['GET', '/api/reports', 'api.ep.reports', url('/reports')],
  ['GET', '/api/reports/{name}?…[&format=csv]', 'api.ep.report', null],
  ['GET', '/api/review?state=&type=&document=&minConfidence=&maxConfidence=', 'api.ep.review', url('/review', { limit: 5 })],
  ['POST', '/api/relations/{id}/judgement', 'api.ep.judgeRelation', null],
  ['POST', '/api/relations', 'api.ep.addRelation', null],
  ['POST', '/api/entities/{id}/judgement', 'api.ep.judgeEntity', null],
  ['GET', '/api/judgements', 'api.ep.judgements', url('/judgements')],
];
