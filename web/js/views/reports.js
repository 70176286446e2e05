// Reports: the server's named reports, a form from each report's typed parameters, the result table
// and the server's CSV. #/reports and #/reports/NAME?param=value…
import { el, replace, message } from '../dom.js';
import { api } from '../api.js';
import { navigate, href } from '../router.js';
import { t } from '../i18n.js';
import { entityPicker } from './picker.js';

let catalogue = null;
let cache = { key: null, data: null };
const ENTITY_ID = /^(org|organisation|country|initiative|convention|region|funder):[^\s]+$/i;

export const reports = {
  layout: 'page',
  nav: 'reports',
  async enter({ rest: reportName, params }, { pagePane }) {
    const list = el('nav', { id: 'report-list', class: 'report-list', 'aria-label': t('reports.title') });
    const main = el('div', { id: 'report-main', class: 'report-main' });
    replace(pagePane, el('div', { class: 'page reports-page' }, el('h1', { text: t('reports.title') }),
      el('div', { class: 'reports-layout' }, list, main)));
    if (!catalogue) {
      replace(list, message('loading', t('state.loading')));
      try {
        catalogue = (await api.reports()).reports || [];
      } catch (err) {
        replace(list, message('error', err.message, 'reports-error'));
        return;
      }
    }
    if (!catalogue.length) { replace(list, message('empty', t('reports.none'))); return; }
    replace(list, el('ul', { class: 'plain-list' }, catalogue.map((r) => el('li', {},
      el('a', { class: `report-item${r.name === reportName ? ' active' : ''}`, 'data-testid': 'report-item',
        dataset: { report: r.name }, href: href(['reports', r.name]), 'aria-current': r.name === reportName ? 'page' : null },
      el('span', { class: 'report-title', text: r.title || r.name }),
      r.description ? el('span', { class: 'muted small', text: r.description }) : null)))));
    if (!reportName) { replace(main, message('empty', t('reports.pick'))); return; }
    const report = catalogue.find((r) => r.name === reportName);
    if (!report) { replace(main, message('error', t('reports.unknown', { name: reportName }), 'report-unknown')); return; }
    renderReport(main, report, params);
  },
};

function renderReport(main, report, params) {
  const fields = (report.params || []).map((p) => field(p, params[p.name]));
  const form = el('form', { id: 'report-form', class: 'tool-form', on: { submit: (e) => {
    e.preventDefault();
    navigate(href(['reports', report.name], { ...Object.fromEntries(fields.map((f) => [f.name, f.value()])), run: '1' }));
  } } },
  el('h2', { id: 'report-title', text: report.title || report.name }),
  report.description ? el('p', { class: 'muted', text: report.description }) : null,
  fields.length ? fields.map((f) => f.root) : el('p', { class: 'muted small', text: t('reports.noParams') }),
  el('div', { class: 'form-actions' }, el('button', { id: 'report-run', type: 'submit', class: 'primary', text: t('reports.run') })));
  const out = el('div', { id: 'report-result' });
  replace(main, form, out);
  if (params.run || (report.params || []).some((p) => p.name in params)) run(report, Object.fromEntries(fields.map((f) => [f.name, f.value()])), out);
}

const typeHint = (p) => el('span', { class: 'muted small param-type', text: ` (${p.type})` });

/** One form field for a typed parameter: string, int, float, bool, id or review (which facts count). */
function field(p, urlValue) {
  const id = `report-param-${p.name}`;
  const initial = urlValue !== undefined ? urlValue : p.defaultValue ?? p.default;
  const help = p.description ? el('span', { class: 'muted small', text: p.description }) : null;
  if (p.type === 'bool') {
    const box = el('input', { id, type: 'checkbox', name: p.name, checked: String(initial) === 'true' });
    return { name: p.name, value: () => String(box.checked), root: el('div', { class: 'field' }, el('label', { class: 'inline' }, box, p.name), help) };
  }
  if (p.type === 'id') {
    const picker = entityPicker({ id, label: `${p.name} (id)` });
    picker.set(initial === null || initial === undefined ? '' : String(initial));
    picker.input.name = p.name;
    if (help) picker.root.append(help);
    return { name: p.name, value: () => picker.get(), root: picker.root };
  }
  if (p.type === 'review') {
    const chosen = initial === null || initial === undefined ? 'unrejected' : String(initial);
    const select = el('select', { id, name: p.name },
      ['unrejected', 'accepted', 'any'].map((v) => el('option', { value: v, text: v, selected: v === chosen })));
    return { name: p.name, value: () => select.value, root: el('div', { class: 'field' }, el('label', { for: id }, p.name, typeHint(p)), select, help) };
  }
  const numeric = p.type === 'int' || p.type === 'float';
  const input = el('input', { id, name: p.name, type: numeric ? 'number' : 'text', step: p.type === 'float' ? 'any' : numeric ? '1' : null,
    value: initial === null || initial === undefined ? '' : String(initial) });
  return { name: p.name, value: () => input.value.trim(), root: el('div', { class: 'field' }, el('label', { for: id }, p.name, typeHint(p)), input, help) };
}

async function run(report, values, out) {
  const key = JSON.stringify([report.name, values]);
  if (key !== cache.key) {
    replace(out, message('loading', t('reports.running')));
    try {
      cache = { key, data: await api.runReport(report.name, values) };
    } catch (err) {
      cache = { key: null, data: null };
      replace(out, message('error', err.message, 'report-error'));
      return;
    }
  }
  const { columns = [], rows = [] } = cache.data;
  const csv = el('a', { id: 'report-csv', class: 'button', href: api.reportCsvUrl(report.name, values), download: `${report.name}.csv`, text: t('reports.csv') });
  if (!rows.length) { replace(out, el('div', { class: 'result-head' }, message('empty', t('reports.noRows'), 'report-empty'), csv)); return; }
  replace(out,
    el('div', { class: 'result-head' }, el('p', { id: 'report-count', text: t('reports.rows', { n: rows.length }) }), csv),
    el('div', { class: 'table-wrap' }, el('table', { id: 'report-table', class: 'data-table' },
      el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', text: c })))),
      el('tbody', {}, rows.map((row) => el('tr', {}, row.map((v) => cellFor(v))))))));
}

function cellFor(value) {
  if (value === null || value === undefined) return el('td', { class: 'muted', text: '–' });
  if (Array.isArray(value)) return el('td', { text: value.join(', ') });
  if (typeof value === 'number') return el('td', { class: 'num', text: Number.isInteger(value) ? String(value) : value.toFixed(3) });
  if (typeof value === 'object') return el('td', { text: JSON.stringify(value) });
  const s = String(value);
  return ENTITY_ID.test(s) ? el('td', {}, el('a', { href: href(['entity', s]), class: 'entity-id-link', text: s })) : el('td', { text: s });
}
