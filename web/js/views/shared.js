// Shared activity: which countries (targets) are linked to all, or at least k, of the chosen entities?
// #/shared?ids=a,b,c&min=2&status=active&asOf=2024
import { el, replace, message, download } from '../dom.js';
import { api } from '../api.js';
import { navigate, href } from '../router.js';
import { t, name, otherName } from '../i18n.js';
import { entityLink, typeBadge } from './common.js';
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
    renderResult(out, cache.data, min, ids);
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

function renderResult(out, data, min, ids) {
  const inputs = data.inputs || [];
  const rows = data.rows || [];
  const need = min || inputs.length || ids.length;
  const summary = t(min ? 'shared.summaryAtLeast' : 'shared.summaryAll', { n: rows.length, k: need, total: inputs.length });
  const asOfLine = data.asOf ? el('p', { id: 'shared-as-of', class: 'muted small',
    text: [t('time.reportedBy', { date: data.asOf.until }), data.asOf.note].filter(Boolean).join(' ') }) : null;
  if (!rows.length) {
    replace(out, message('empty', t('shared.none', { k: need, total: inputs.length }), 'shared-none'), asOfLine);
    return;
  }
  const csvButton = el('button', { id: 'shared-csv', type: 'button', text: t('shared.csv'), on: { click: () => {
    const header = [t('shared.country'), 'id', ...inputs.map((i) => `${name(i)} (${i.id})`), t('shared.count')];
    const body = rows.map((r) => [name(r.entity), r.entity.id, ...inputs.map((i) => (r.linkedTo.includes(i.id) ? 1 : 0)), r.count]);
    download(`shared-${inputs.map((i) => i.id.split(':').pop()).join('-')}.csv`, toCsv(header, body));
  } } });
  replace(out,
    el('div', { class: 'result-head' }, el('p', { id: 'shared-summary', text: summary }), csvButton),
    asOfLine,
    el('div', { class: 'table-wrap' }, el('table', { id: 'shared-table', class: 'data-table matrix' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('shared.country') }),
        inputs.map((i) => el('th', { scope: 'col', class: 'input-col', title: otherName(i) || i.id },
          entityLink(i), el('div', {}, typeBadge(i.type)))),
        el('th', { scope: 'col', class: 'num', text: t('shared.count') }))),
      el('tbody', {}, rows.map((r) => el('tr', { dataset: { id: r.entity.id } },
        el('th', { scope: 'row' }, entityLink(r.entity)),
        inputs.map((i) => {
          const yes = r.linkedTo.includes(i.id);
          return el('td', { class: yes ? 'tick' : 'no-tick', 'aria-label': yes ? t('shared.linked') : t('shared.notLinked'), text: yes ? '✓' : '' });
        }),
        el('td', { class: 'num', text: `${r.count} / ${inputs.length}` })))))),
    el('section', { class: 'country-list' }, el('h2', { text: t('shared.listTitle', { n: rows.length }) }),
      el('p', { id: 'shared-list', text: rows.map((r) => name(r.entity)).join(', ') })));
}
