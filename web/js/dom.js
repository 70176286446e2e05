// Safe DOM building: every piece of text goes in as a text node, never as markup.

/**
 * Creates an element. `attrs` may hold: class, text, dataset (object), on (object of listeners),
 * and any other attribute set with setAttribute (or assigned as a property for value/checked/disabled/hidden).
 * Children may be nodes, strings (become text nodes), arrays, or null/false (skipped).
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'on') for (const [type, fn] of Object.entries(value)) node.addEventListener(type, fn);
    else if (key in PROPERTIES) node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

const PROPERTIES = { value: 1, checked: 1, disabled: 1, hidden: 1, selected: 1, type: 1 };

/** Appends children (nodes, strings, arrays; null and false are skipped). */
export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces all children of `parent`. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

export const $ = (selector, root = document) => root.querySelector(selector);

/** A message box for empty, loading and error states. kind: 'empty' | 'loading' | 'error'. */
export function message(kind, text, testid) {
  return el('p', { class: `state state-${kind}`, role: kind === 'error' ? 'alert' : 'status',
    'data-testid': testid || `state-${kind}`, 'aria-busy': kind === 'loading' ? 'true' : null, text });
}

/** Returns a function that delays calls to `fn` until `ms` have passed without a new call. */
export function debounce(fn, ms) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

/** Starts a browser download of `content` as a file. */
export function download(filename, content, mime = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type: mime }));
  const a = el('a', { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
