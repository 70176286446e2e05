// Hash router: every view has a URL like #/entity/initiative:recsoil?sel=country:CRI.
// Routes are matched by their first path segment; the rest of the path is the view's `rest` argument.

/** Parses location.hash into { view, rest, params }. */
export function parseHash(hash = location.hash) {
  const raw = hash.replace(/^#/, '');
  const [pathPart, queryPart = ''] = raw.split(/\?(.*)/s);
  const segments = pathPart.split('/').filter(Boolean).map(safeDecode);
  const params = Object.fromEntries(new URLSearchParams(queryPart));
  return { view: segments[0] || '', rest: segments.slice(1).join('/'), params };
}

function safeDecode(s) {
  try { return decodeURIComponent(s); } catch { return s; }
}

/** Builds a hash from a view path (array of segments or string) and query params (empty values dropped). */
export function href(path, params = {}) {
  const segments = Array.isArray(path) ? path : [path];
  const encoded = segments.filter((s) => s !== undefined && s !== null && s !== '')
    .map((s) => encodeURIComponent(s).replace(/%3A/gi, ':'));
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    query.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const qs = query.toString();
  return `#/${encoded.join('/')}${qs ? `?${qs}` : ''}`;
}

/** Goes to a new URL (a history entry, so Back returns), or replaces the current one. */
export function navigate(hash, { replace = false } = {}) {
  if (hash === location.hash) return;
  if (replace) {
    history.replaceState(history.state, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = hash;
  }
}

/** Adds or changes query params on the current route. */
export function withParams(changes, options) {
  const { view, rest, params } = parseHash();
  const next = { ...params, ...changes };
  navigate(href([view, ...(rest ? rest.split('/') : [])], next), options);
}

/** Starts routing: calls handler(route) now and on every hash change (including back/forward). */
export function startRouter(handler) {
  const run = () => handler(parseHash());
  window.addEventListener('hashchange', run);
  run();
  return { refresh: run };
}
