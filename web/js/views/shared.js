// Shared activity: which countries (targets) are linked to all, or at least k, of the chosen entities?
// #/shared?ids=a,b,c&min=2&status=active&asOf=2024
import { el, replace, message, download } from '../dom.js';
import { api } from '../api.js';
import { navigate, href } from '../router.js';
import { t, name, otherName } from '../i18n.js';
import { entityLink, typeBadge, statusTag, evidenceList } from './common.js';
import { entityPicker } from './picker.js';
import { toCsv } from '../csv.js';
import { timeControl } from './time-control.js';

let cache = { key: null, data: null };

export const shared = {
  layout: 'page',
  nav: 'shared',
  async enter({ params }, { pagePane }) {
    const ids = (params.ids || '').split(',').map((s) => s.trim()).filter(Boolean);
    const min = params.min && Number(params.min) > 0 ? Number(params.min) : null;
    const status = params.status === 'any' ? 'any' : 'active';
    const asOf = params.asOf || null;
    const out = el('div', { id: 'shared-result' });
    replace(pagePane, el('div', { class: 'page' }, buildForm(ids, min, status, asOf), out));
    if (ids.length < 2) {
      replace(out, message('empty', ids.length ? t('shared.needTwo') : t('shared.intro'), 'shared-empty'));
      return;
    }
    const key = `${ids.join(',')}|${min}|${status}|${asOf}`;
    if (key !== cache.key) {
      replace(out, message('loading', t('state.loading')));
      try {
        cache = { key, data: await api.shared(ids, { min: min || undefined, target: 'Country', via: 'ACTIVE_IN', status,
          asOf: asOf || undefined }) };
      } catch (err) {
        cache = { key: null, data: null };
        replace(out, message('error', err.message, 'shared-error'));
        return;
      }
    }
    renderResult(out, cache.data, { min, ids, status, asOf });
  },
};

function buildForm(ids, min, status, asOf) {
  const idsInput = el('input', { id: 'shared-ids', type: 'text', value: ids.join(','), spellcheck: 'false',
    'aria-describedby': 'shared-ids-help' });
  const chips = el('ul', { id: 'shared-chips', class: 'chips' });
  const renderChips = () => replace(chips, idsInput.value.split(',').map((s) => s.trim()).filter(Boolean).map((id) => {
    const known = cache.data && (cache.data.inputs || []).find((e) => e.id === id);
    return el('li', { class: 'chip', dataset: { id } }, known ? name(known) : id,
      el('button', { type: 'button', class: 'chip-remove', 'aria-label': t('shared.remove', { id }), text: '×',
        on: { click: () => { idsInput.value = currentIds().filter((x) => x !== id).join(','); renderChips(); } } }));
  }));
  const currentIds = () => idsInput.value.split(',').map((s) => s.trim()).filter(Boolean);
  const adder = entityPicker({ id: 'shared-add', label: t('shared.add'), clearOnPick: true,
    onPick: (r) => { if (!currentIds().includes(r.id)) idsInput.value = [...currentIds(), r.id].join(','); renderChips(); } });
  idsInput.addEventListener('input', renderChips);
  renderChips();

  const all = el('input', { type: 'radio', name: 'shared-mode', id: 'shared-all', value: 'all', checked: !min });
  const atLeast = el('input', { type: 'radio', name: 'shared-mode', id: 'shared-atleast', value: 'atleast', checked: !!min });
  const minInput = el('input', { id: 'shared-min', type: 'number', min: '1', step: '1', value: min ? String(min) : '2',
    on: { input: () => { atLeast.checked = true; } } });
  const statusSelect = el('select', { id: 'shared-status' },
    el('option', { value: 'active', text: t('shared.statusActive') }), el('option', { value: 'any', text: t('shared.statusAny') }));
  statusSelect.value = status;
  const query = (date) => href('shared', { ids: currentIds(), min: atLeast.checked ? minInput.value : null,
    status: statusSelect.value === 'any' ? 'any' : null, asOf: date });
  let chosenAsOf = asOf;
  const time = timeControl({ id: 'shared-time', asOf, onChange: (date) => { chosenAsOf = date; if (currentIds().length >= 2) navigate(query(date)); } });

  return el('form', { id: 'shared-form', class: 'tool-form wide', on: { submit: (e) => {
    e.preventDefault();
    navigate(query(chosenAsOf));
  } } },
  el('h1', { text: t('shared.title') }),
  el('p', { class: 'muted', text: t('shared.hint') }),
  el('div', { class: 'form-grid' },
    el('div', {}, adder.root, chips,
      el('div', { class: 'field' }, el('label', { for: 'shared-ids', text: t('shared.ids') }), idsInput,
        el('span', { id: 'shared-ids-help', class: 'muted small', text: t('shared.idsHelp') }))),
    el('div', {},
      el('fieldset', { class: 'field' }, el('legend', { text: t('shared.mode') }),
        el('label', { class: 'inline' }, all, t('shared.all')),
        el('label', { class: 'inline' }, atLeast, t('shared.atLeast'), ' ', minInput)),
      el('div', { class: 'field' }, el('label', { for: 'shared-status', text: t('shared.status') }), statusSelect),
      el('div', { class: 'field' }, time),
      el('div', { class: 'form-actions' }, el('button', { id: 'shared-run', type: 'submit', class: 'primary', text: t('shared.run') })))));
}

function renderResult(out, data, { min, ids, status, asOf }) {
  const inputs = data.inputs || [];
  const rows = data.rows || [];
  const need = min || inputs.length || ids.length;
  const summary = t(min ? 'shared.summaryAtLeast' : 'shared.summaryAll', { n: rows.length, k: need, total: inputs.length });
  const asOfLine = data.asOf ? el('p', { id: 'shared-as-of', class: 'muted small',
    text: [t('time.reportedBy', { date: data.asOf.until }), data.asOf.note].filter(Boolean).join(' ') }) : null;
  if (!rows.length) {
    const fewer = data.oneFewer && data.oneFewer.count > 0 ? el('p', { id: 'shared-fewer' },
      t(data.oneFewer.count === 1 ? 'shared.fewerOne' : 'shared.fewer', { n: data.oneFewer.count, k: data.oneFewer.min }), ' ',
      el('a', { id: 'shared-fewer-run', href: href('shared', { ids, min: data.oneFewer.min, status: status === 'any' ? 'any' : null, asOf }),
        text: t('shared.fewerShow') })) : null;
    replace(out, message('empty', t('shared.none', { k: need, total: inputs.length }), 'shared-none'), fewer, asOfLine);
    return;
  }
  const linkOf = (row, input) => (row.links || []).find((l) => l.from === input.id) || null;
  const csvButton = el('button', { id: 'shared-csv', type: 'button', text: t('shared.csv'), on: { click: () => {
    download(`shared-${inputs.map((i) => i.id.split(':').pop()).join('-')}.csv`, sharedCsv(rows, inputs, linkOf));
  } } });
  const citation = el('pre', { id: 'shared-citation', class: 'citation', hidden: true });
  const copied = el('span', { id: 'shared-cite-status', class: 'muted small', role: 'status' });
  const citeButton = el('button', { id: 'shared-cite', type: 'button', text: t('shared.cite'), on: { click: async () => {
    citation.textContent = citationText(data, rows, inputs, linkOf, need, !min);
    citation.hidden = false;
    try {
      await navigator.clipboard.writeText(citation.textContent);
      copied.textContent = t('shared.citeCopied');
    } catch {
      copied.textContent = t('shared.citeSelect');
    }
  } } });
  const evidence = el('section', { id: 'shared-evidence', class: 'shared-evidence', 'aria-live': 'polite', hidden: true });
  let open = null;
  const showEvidence = (button, row, input) => {
    if (open) { open.classList.remove('open'); open.setAttribute('aria-expanded', 'false'); }
    if (open === button) { open = null; evidence.hidden = true; return; }
    open = button;
    button.classList.add('open');
    button.setAttribute('aria-expanded', 'true');
    const link = linkOf(row, input);
    replace(evidence, el('h2', { text: `${name(row.entity)} — ${name(input)}` }), statusTag(link && link.status),
      evidenceList(link ? link.evidence : [], { highlight: [input.id, row.entity.id], visible: 5 }));
    evidence.hidden = false;
    evidence.scrollIntoView({ block: 'nearest' });
  };
  replace(out,
    el('div', { class: 'result-head' }, el('p', { id: 'shared-summary', text: summary }),
      el('div', { class: 'result-actions' }, citeButton, csvButton)),
    asOfLine, copied, citation,
    el('div', { class: 'table-wrap' }, el('table', { id: 'shared-table', class: 'data-table matrix' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('shared.country') }),
        inputs.map((i) => el('th', { scope: 'col', class: 'input-col', title: otherName(i) || i.id },
          entityLink(i), el('div', {}, typeBadge(i.type)))),
        el('th', { scope: 'col', class: 'num', text: t('shared.count') }))),
      el('tbody', {}, rows.map((r) => el('tr', { dataset: { id: r.entity.id } },
        el('th', { scope: 'row' }, entityLink(r.entity)),
        inputs.map((i) => {
          if (!r.linkedTo.includes(i.id)) return el('td', { class: 'no-tick', 'aria-label': t('shared.notLinked') });
          const button = el('button', { type: 'button', class: 'tick-button', 'aria-expanded': 'false',
            'aria-controls': 'shared-evidence', dataset: { input: i.id },
            'aria-label': t('shared.openEvidence', { country: name(r.entity), input: name(i) }), text: '✓' });
          button.addEventListener('click', () => showEvidence(button, r, i));
          return el('td', { class: 'tick' }, button);
        }),
        el('td', { class: 'num', text: `${r.count} / ${inputs.length}` })))))),
    evidence,
    el('section', { class: 'country-list' }, el('h2', { text: t('shared.listTitle', { n: rows.length }) }),
      el('p', { id: 'shared-list', text: rows.map((r) => name(r.entity)).join(', ') })));
}

/** The first piece of evidence of a link: what the CSV and the citation cite. */
const cited = (link) => (link && link.evidence && link.evidence.length ? link.evidence[0] : null);

/** How a citation names a document: its symbol, else its title, else its number. */
const documentName = (ev) => ev.documentSymbol || ev.documentTitle || t('doc.numbered', { id: ev.documentId });

/** One CSV row per country and input: whether they are linked, and the document, paragraph and quote that say so. */
function sharedCsv(rows, inputs, linkOf) {
  const header = [t('shared.country'), 'id', t('shared.input'), t('shared.inputId'), t('shared.csvStatus'),
    t('shared.csvDocument'), t('shared.csvDocumentId'), t('shared.csvDate'), t('shared.csvPara'), t('shared.csvQuote')];
  const body = rows.flatMap((r) => inputs.map((i) => {
    const link = r.linkedTo.includes(i.id) ? linkOf(r, i) : null;
    const ev = cited(link);
    return [name(r.entity), r.entity.id, name(i), i.id, link ? t(`status.${link.status || 'active'}`) : t('shared.notLinked'),
      ev ? documentName(ev) : '', ev ? ev.documentId : '', ev ? ev.documentDate : '', ev ? ev.para : '', ev ? ev.quote : ''];
  }));
  return toCsv(header, body);
}

/** The answer as plain text to paste into a note: the question, then each country with the source of each link. */
function citationText(data, rows, inputs, linkOf, need, all) {
  const entities = inputs.map((i) => name(i)).join(t('shared.citeJoin'));
  const asOf = data.asOf ? t('shared.citeAsOf', { date: data.asOf.until }) : '';
  const head = t(all ? 'shared.citeAll' : 'shared.citeAtLeast', { entities, k: need, asOf });
  const lines = rows.map((r) => t('shared.citeLine', { country: name(r.entity), links: inputs
    .filter((i) => r.linkedTo.includes(i.id)).map((i) => {
      const link = linkOf(r, i);
      const ev = cited(link);
      const source = ev ? [documentName(ev), ev.documentDate || t('time.undated'),
        ev.para ? t('shared.citePara', { para: ev.para }) : null].filter(Boolean).join(t('shared.citeComma')) : t('evidence.none');
      const planned = link && link.status === 'planned' ? ` [${t('status.planned')}]` : '';
      return t('shared.citeLink', { input: `${name(i)}${planned}`, source });
    }).join(t('shared.citeLinkJoin')) }));
  return [head, ...lines.map((l) => `- ${l}`)].join('\n');
}
