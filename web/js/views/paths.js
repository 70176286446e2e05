// Path finder: how are two entities connected, most informative first?
// #/path?from=A&to=B&maxLength=4&excludeNodeTypes=Country,Region&excludeRelationTypes=ACTIVE_IN&p=0
import { el, replace, message } from '../dom.js';
import { api } from '../api.js';
import { navigate, href, withParams } from '../router.js';
import { t, name, relationName, typeName } from '../i18n.js';
import { NODE_TYPES, RELATION_TYPES } from '../graph-style.js';
import { entityPicker } from './picker.js';

const LENGTHS = [1, 2, 3, 4, 5, 6];

let form;
let results;
let cache = { key: null, data: null };

export const paths = {
  layout: 'canvas-tools',
  nav: 'path',
  init({ toolPane }) {
    const from = entityPicker({ id: 'path-from', label: t('paths.from') });
    const to = entityPicker({ id: 'path-to', label: t('paths.to') });
    const max = el('select', { id: 'path-max' }, LENGTHS.map((n) => el('option', { value: String(n), text: String(n) })));
    max.value = '4';
    results = el('div', { id: 'path-results' });
    form = { from, to, max, nodeTypes: new Set(), relationTypes: new Set(), root: el('form', { id: 'path-form', class: 'tool-form',
      on: { submit: (e) => { e.preventDefault(); run(); } } }) };
    toolPane.dataset.view = 'path';
    this.build(toolPane);
  },
  build(toolPane) {
    replace(form.root,
      el('h1', { text: t('paths.title') }),
      el('p', { class: 'muted small', text: t('paths.hint') }),
      el('p', { id: 'path-rule', class: 'muted small', text: t('paths.rule') }),
      form.from.root, form.to.root,
      el('div', { class: 'field' }, el('label', { for: 'path-max', text: t('paths.maxLength') }), form.max),
      exclusions('path-exclude-types', t('paths.excludeTypes'), Object.keys(NODE_TYPES), typeName, form.nodeTypes),
      exclusions('path-exclude-relations', t('paths.excludeRelations'), Object.keys(RELATION_TYPES), relationName,
        form.relationTypes),
      el('div', { class: 'form-actions' },
        el('button', { id: 'path-run', type: 'submit', class: 'primary', text: t('paths.run') }),
        el('button', { id: 'path-swap', type: 'button', text: t('paths.swap'), on: { click: () => {
          const a = form.from.get(); form.from.set(form.to.get()); form.to.set(a);
        } } })));
    replace(toolPane, form.root, results);
  },
  async enter({ params }, { canvas, toolPane }) {
    if (toolPane.dataset.view !== 'path' || toolPane.dataset.lang !== document.documentElement.lang) {
      toolPane.dataset.view = 'path';
      toolPane.dataset.lang = document.documentElement.lang;
      this.build(toolPane);
    }
    form.from.set(params.from || '', cache.data && entityIn(cache.data, params.from));
    form.to.set(params.to || '', cache.data && entityIn(cache.data, params.to));
    form.max.value = params.maxLength || '4';
    setExcluded(form.nodeTypes, params.excludeNodeTypes, 'path-exclude-types');
    setExcluded(form.relationTypes, params.excludeRelationTypes, 'path-exclude-relations');
    canvas.setFocus(params.from || null);
    if (!params.from || !params.to) {
      cache = { key: null, data: null };
      canvas.graph.clear();
      canvas.setMessage(t('paths.empty'), 'empty');
      replace(results);
      canvas.select(params, null, [t('paths.title'), t('paths.panel')]);
      return;
    }
    const excluded = { excludeNodeTypes: [...form.nodeTypes].join(','), excludeRelationTypes: [...form.relationTypes].join(',') };
    const key = `${params.from}|${params.to}|${form.max.value}|${excluded.excludeNodeTypes}|${excluded.excludeRelationTypes}`;
    if (key !== cache.key) {
      replace(results, message('loading', t('paths.searching')));
      canvas.setMessage(t('paths.searching'), 'loading');
      try {
        const data = await api.paths(params.from, params.to, { maxLength: form.max.value, limit: 10, ...excluded });
        cache = { key, data };
        const all = { nodes: unique(data.paths.flatMap((p) => p.nodes)), edges: unique(data.paths.flatMap((p) => p.edges)) };
        canvas.graph.showNeighbourhood(all, { focusId: params.from });
        canvas.setMessage(null);
      } catch (err) {
        cache = { key: null, data: null };
        canvas.graph.clear();
        canvas.setMessage(err.message, 'error');
        replace(results, message('error', err.message, 'path-error'));
        return;
      }
    }
    renderResults(cache.data, params, canvas);
    canvas.select(params, params.from);
  },
};

/** The URL of the search the form describes, with `changes` (e.g. another maxLength). */
function query(changes = {}) {
  return href('path', { from: form.from.get(), to: form.to.get(), maxLength: form.max.value,
    excludeNodeTypes: [...form.nodeTypes], excludeRelationTypes: [...form.relationTypes], ...changes });
}

function run() {
  navigate(query());
}

/** A row of checkboxes, one a type: a ticked one is left out of the paths (and struck through, by CSS). */
function exclusions(id, legend, types, label, excluded) {
  return el('fieldset', { id, class: 'field path-exclude' }, el('legend', { text: legend }),
    types.map((type) => el('label', { class: 'filter-row' },
      el('input', { type: 'checkbox', value: type, dataset: { type }, checked: excluded.has(type), on: { change: (e) => {
        if (e.target.checked) excluded.add(type); else excluded.delete(type);
        if (form.from.get() && form.to.get()) run();
      } } }),
      el('span', { text: label(type) }))));
}

/** Sets the excluded types from the URL's comma-separated list and ticks their boxes in the fieldset `id`. */
function setExcluded(set, list, id) {
  set.clear();
  (list || '').split(',').map((s) => s.trim()).filter(Boolean).forEach((type) => set.add(type));
  form.root.querySelectorAll(`#${id} input`).forEach((box) => { box.checked = set.has(box.value); });
}

function renderResults(data, params, canvas) {
  const list = data.paths || [];
  form.from.set(params.from, entityIn(data, params.from));
  form.to.set(params.to, entityIn(data, params.to));
  if (!list.length) {
    canvas.graph.clear();
    canvas.setMessage(t('paths.none', { n: form.max.value }), 'empty');
    replace(results, message('empty', t('paths.none', { n: form.max.value }), 'no-paths'), shortestOffer(data.shortestLength));
    return;
  }
  const selected = Math.min(Number(params.p) || 0, list.length - 1);
  canvas.graph.highlightPath(list[selected]);
  replace(results,
    el('p', { class: 'muted small', id: 'path-count', text: t('paths.found', { n: list.length }) }),
    el('ol', { id: 'path-list', class: 'path-list' }, list.map((p, i) => el('li', {},
      el('button', { type: 'button', 'data-testid': 'path-item', 'aria-pressed': String(i === selected),
        class: ['path-item', i === selected && 'selected', (p.sharedPlaces || []).length && 'via-shared-place'].filter(Boolean).join(' '),
        dataset: { index: String(i) },
        on: { click: () => withParams({ p: i ? String(i) : null, edge: null, sel: null }) } },
      el('span', { class: 'path-length', text: t('paths.stepsScore', { n: p.edges.length, s: p.score }) }),
      describe(p),
      el('span', { class: 'path-reason', text: reason(p) }))))));
}

/** "The shortest is 6 steps: search with 6" (a link that runs it), or why it cannot be offered. */
function shortestOffer(m) {
  if (!m) return el('p', { id: 'path-shortest', class: 'muted small', text: t('paths.noneAtAll') });
  if (m > LENGTHS[LENGTHS.length - 1]) {
    return el('p', { id: 'path-shortest', text: t('paths.shortestBeyond', { m, max: LENGTHS[LENGTHS.length - 1] }) });
  }
  const link = el('a', { id: 'path-shortest-run', href: query({ maxLength: m }), text: t('paths.shortestRun', { m }) });
  return el('p', { id: 'path-shortest' }, t('paths.shortest', { m }), ' ', link);
}

/** Why a path ranks where it does, in the reader's language. */
function reason(path) {
  const places = (path.sharedPlaces || []).map((id) => path.nodes.find((n) => n.id === id)).filter(Boolean);
  if (places.length) {
    return t('paths.reasonShared', { places: places.map(name).join(t('paths.listSep')), extra: path.score - path.length });
  }
  const typed = path.edges.filter((e) => e.type !== 'ACTIVE_IN').length;
  return typed ? t('paths.reasonTyped', { n: typed }) : t('paths.reasonActivity');
}

/** "A —leads→ B ←funds— C" as text spans. */
function describe(path) {
  const parts = [el('span', { class: 'path-node', text: name(path.nodes[0]) })];
  for (let i = 1; i < path.nodes.length; i++) {
    const prev = path.nodes[i - 1].id;
    const cur = path.nodes[i].id;
    const edge = path.edges.find((e) => (e.source === prev && e.target === cur) || (e.source === cur && e.target === prev)) || path.edges[i - 1];
    const forward = edge && edge.source === prev;
    const rel = edge ? relationName(edge.type) : '';
    parts.push(el('span', { class: 'path-edge', text: forward ? ` —${rel}→ ` : ` ←${rel}— ` }),
      el('span', { class: 'path-node', text: name(path.nodes[i]) }));
  }
  return el('span', { class: 'path-text' }, parts);
}

const unique = (items) => [...new Map(items.map((x) => [x.id, x])).values()];
const entityIn = (data, id) => data && data.paths && data.paths.flatMap((p) => p.nodes).find((n) => n.id === id);
