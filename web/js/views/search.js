// Search-as-you-type suggestions for any text input: debounced, cancels stale requests,
// shows type and both names, keyboard navigable. Used by the header and by every entity picker.
import { el, replace, debounce } from '../dom.js';
import { api } from '../api.js';
import { t, name, otherName } from '../i18n.js';
import { typeBadge } from './common.js';

/**
 * Attaches suggestions to `input`; `list` is the <ul> that shows them (created after the input if absent).
 * onPick(result) is called with the chosen search result.
 */
export function attachSuggestions(input, { list, onPick, limit = 8, type } = {}) {
  if (!list) {
    list = el('ul', { class: 'suggestions', role: 'listbox', hidden: true });
    input.after(list);
  }
  if (!list.id) list.id = `${input.id || 'picker'}-suggestions`;
  input.setAttribute('aria-controls', list.id);
  let results = [];
  let active = -1;
  let controller = null;
  let lastQuery = '';
  let total = 0;

  const open = (yes) => { list.hidden = !yes; input.setAttribute('aria-expanded', String(yes)); };
  const show = (...children) => { replace(list, ...children); open(true); };
  const info = (kind, text) => el('li', { class: `suggestion-info state-${kind}`, 'data-testid': `suggestions-${kind}`, text });

  /** A last row that fetches the next page of hits, when there are more than shown. */
  function moreRow() {
    if (results.length >= total) return null;
    return el('li', { class: 'suggestion-info suggestion-more', 'data-testid': 'suggestions-more',
      text: t('list.more', { shown: results.length, total }),
      on: { mousedown: async (e) => {
        e.preventDefault();
        const q = lastQuery;
        const data = await api.search(q, { limit, type, offset: results.length });
        if (q !== lastQuery) return;
        results = results.concat(data.results || []);
        render();
      } } });
  }

  function render() {
    show(...results.map((r, i) => el('li', {
      class: `suggestion${i === active ? ' active' : ''}`, role: 'option', 'aria-selected': String(i === active),
      id: `${list.id}-${i}`, 'data-testid': 'suggestion', dataset: { id: r.id, type: r.type },
      on: { mousedown: (e) => { e.preventDefault(); pick(i); } },
    }, el('span', { class: 'suggestion-name', text: name(r) }),
    otherName(r) ? el('span', { class: 'suggestion-other', text: otherName(r) }) : null,
    typeBadge(r.type))), moreRow());
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  async function query(q) {
    if (controller) controller.abort();
    if (!q) { results = []; open(false); return; }
    controller = new AbortController();
    lastQuery = q;
    show(info('loading', t('search.searching')));
    try {
      const data = await api.search(q, { limit, type, signal: controller.signal });
      if (q !== lastQuery) return;
      results = data.results || [];
      total = data.total ?? results.length;
      active = -1;
      if (results.length) render(); else show(info('empty', t('search.noMatch', { q })));
    } catch (err) {
      if (err.name !== 'AbortError') show(info('error', err.message));
    }
  }

  const debounced = debounce(() => query(input.value.trim()), 200);

  function pick(i) {
    const r = results[i];
    if (!r) return;
    open(false);
    onPick(r);
  }

  input.addEventListener('input', debounced);
  input.addEventListener('focus', () => { if (results.length && input.value.trim()) render(); });
  input.addEventListener('blur', () => setTimeout(() => open(false), 150));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!results.length) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + results.length) % results.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (results.length && input.value.trim() === lastQuery) pick(Math.max(active, 0));
      else query(input.value.trim()).then(() => { if (results.length === 1) pick(0); });
    } else if (e.key === 'Escape') {
      open(false);
    }
  });

  return { clear() { input.value = ''; results = []; open(false); }, rerender() { if (!list.hidden && results.length) render(); } };
}
