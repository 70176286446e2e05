// Documents: the list with the upload box (#/documents) and the reader (#/document/ID?passage=PID&hl=entity,ids), which shows
// every passage with its entity mentions as highlighted spans and scrolls to the chosen passage.
import { el, replace, message } from '../dom.js';
import { api } from '../api.js';
import { href } from '../router.js';
import { t, name, typeName } from '../i18n.js';
import { nodeStyle } from '../graph-style.js';
import { uploadBox } from './upload.js';

let listCache = null;
let docCache = { id: null, data: null };

export const documents = {
  layout: 'page',
  nav: 'documents',
  async enter(route, { pagePane }) {
    const out = el('div', { id: 'document-list' });
    const upload = uploadBox({ onIngested: () => { listCache = null; docCache = { id: null, data: null }; showList(out); } });
    replace(pagePane, el('div', { class: 'page' }, el('h1', { text: t('documents.title') }), upload, out));
    await showList(out);
  },
};

async function showList(out) {
  if (!listCache) {
    replace(out, message('loading', t('state.loading')));
    try {
      // Every page, in turn: the list is short (the server pages it 50 at a time).
      const all = [];
      for (let page = await api.documents({ limit: 100 }); ; page = await api.documents({ offset: all.length, limit: 100 })) {
        all.push(...(page.documents || []));
        if (!page.documents || !page.documents.length || all.length >= page.total) break;
      }
      listCache = all;
    } catch (err) {
      replace(out, message('error', err.message, 'documents-error'));
      return;
    }
  }
  if (!listCache.length) { replace(out, message('empty', t('documents.none'))); return; }
  replace(out, el('div', { class: 'table-wrap' }, el('table', { class: 'data-table', id: 'documents-table' },
    el('thead', {}, el('tr', {}, ['documents.symbol', 'documents.docTitle', 'documents.meeting', 'documents.date', 'documents.language', 'documents.passages']
      .map((k) => el('th', { scope: 'col', text: t(k) })))),
    el('tbody', {}, listCache.map((d) => el('tr', { dataset: { id: d.id } },
      el('td', { text: d.symbol || d.id }),
      el('td', {}, el('a', { class: 'document-link', href: href(['document', d.id]), text: docTitle(d) })),
      el('td', { text: d.meeting || '' }), el('td', { class: 'document-date', text: d.date || t('time.undated') }), el('td', { text: d.language || '' }),
      el('td', { class: 'num', text: d.passages ?? '' })))))));
}

const docTitle = (d) => (document.documentElement.lang === 'en' ? d.titleEn || d.title : d.titleZh || d.title) || d.title || d.id;

export const documentReader = {
  layout: 'page',
  nav: 'documents',
  async enter({ rest: id, params }, { pagePane }) {
    const body = el('div', { id: 'document-reader', class: 'reader' });
    replace(pagePane, el('div', { class: 'page' }, el('p', {}, el('a', { href: href('documents'), text: `← ${t('documents.back')}` })), body));
    if (docCache.id !== id) {
      replace(body, message('loading', t('state.loading')));
      try { docCache = { id, data: await api.document(id) }; } catch (err) {
        docCache = { id: null, data: null };
        replace(body, message('error', err.message, 'document-error'));
        return;
      }
    }
    renderDocument(body, docCache.data, params);
  },
};

function renderDocument(body, { document: doc, passages = [] }, params) {
  const highlight = new Set((params.hl || '').split(',').filter(Boolean));
  const selected = params.passage || null;
  replace(body,
    el('header', { class: 'reader-head' },
      el('h1', { id: 'document-title', text: docTitle(doc) }),
      el('p', { class: 'muted small', text: [doc.symbol, doc.meeting, doc.date || t('time.undated'), doc.language].filter(Boolean).join(' · ') }),
      doc.originalFile ? el('p', { class: 'small' }, el('a', { id: 'document-original', href: api.originalUrl(doc.id),
        download: doc.originalFile, text: t('reader.original', { file: doc.originalFile }) })) : null,
      highlight.size ? el('p', { class: 'small reader-legend' }, el('mark', { class: 'mention emphasis', text: t('reader.emphasis') }), ' ',
        el('mark', { class: 'mention', text: t('reader.mention') })) : null),
    passages.length ? el('div', { class: 'passages' }, passages.map((p) => passage(p, highlight, selected)))
      : message('empty', t('reader.noPassages')));
  const target = selected && [...body.querySelectorAll('.passage')].find((n) => n.dataset.passageId === selected);
  if (target) requestAnimationFrame(() => { target.scrollIntoView({ block: 'center' }); target.focus({ preventScroll: true }); });
  else if (selected) body.prepend(message('error', t('reader.passageMissing', { id: selected }), 'passage-missing'));
}

function passage(p, highlight, selected) {
  const isSelected = p.id === selected;
  return el('section', { class: `passage passage-${p.kind || 'text'}${isSelected ? ' selected' : ''}`, tabindex: '-1',
    'data-testid': 'passage', dataset: { passageId: p.id, ordinal: String(p.ordinal ?? '') }, 'aria-current': isSelected ? 'true' : null },
  p.page ? el('span', { class: 'passage-page muted small', 'data-testid': 'passage-page', text: t('reader.page', { n: p.page }) }) : null,
  el('span', { class: 'passage-label muted small', text: p.label || `¶${p.ordinal ?? ''}` }),
  el('p', { class: 'passage-text' }, spans(p.text || '', p.mentions || [], highlight)));
}

/** Splits text at mention offsets (UTF-16 indices, as Java counts them); overlapping mentions keep the first. */
function spans(text, mentions, highlight) {
  const parts = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < at || m.end > text.length || m.end <= m.start) continue;
    if (m.start > at) parts.push(text.slice(at, m.start));
    const mark = el('a', { class: `mention${highlight.has(m.entityId) ? ' emphasis' : ''}`, 'data-testid': 'mention',
      href: href(['entity', m.entityId]), title: `${name(m) || m.entityId} · ${typeName(m.type)}`, dataset: { entityId: m.entityId, type: m.type || '' },
      text: text.slice(m.start, m.end) });
    mark.style.setProperty('--c', nodeStyle(m.type).color);
    parts.push(mark);
    at = m.end;
  }
  parts.push(text.slice(at));
  return parts;
}
