// Canvas chrome around the graph controller: toolbar, legend and filters, context menu, messages,
// and the link between canvas clicks and the URL (?sel=node or ?edge=edge) that drives the side panel.
import { $, el, replace, download } from '../dom.js';
import { api } from '../api.js';
import { withParams } from '../router.js';
import { t, name, relationName, typeName } from '../i18n.js';
import { createGraph } from '../graph.js';
import { NODE_TYPES, RELATION_TYPES, STATUSES, FUNDER_BORDER, REVIEW_STATES } from '../graph-style.js';

/** Creates the graph and wires its chrome; `panel` is the side panel controller. */
export function createCanvas(panel) {
  const pane = $('#canvas-pane');
  const msg = $('#canvas-message');
  const menu = $('#context-menu');
  const showHiddenButton = $('#show-hidden');
  let focusId = null;
  let asOf = null;

  const graph = createGraph($('#graph-canvas'), {
    labelOf: (n) => name(n),
    relationLabelOf: (type) => relationName(type),
    on: {
      nodeTap: (id) => withParams({ sel: id, edge: null }),
      edgeTap: (id) => withParams({ edge: id, sel: null }),
      nodeDblTap: (id) => expand(id),
      nodeContext: (id, pos) => openMenu(id, pos),
      backgroundTap: () => closeMenu(),
      change: ({ nodes, edges, hidden }) => {
        Object.assign($('#graph-canvas').dataset, { nodes: String(nodes), edges: String(edges), hidden: String(hidden) });
        showHiddenButton.hidden = hidden === 0;
        showHiddenButton.textContent = t('graph.showHidden', { n: hidden });
      },
    },
  });

  async function expand(id) {
    closeMenu();
    setMessage(t('graph.expanding'), 'loading');
    try {
      const data = await api.entityGraph(id, { depth: 1, asOf: asOf || undefined });
      const added = graph.expand(id, data);
      setMessage(added ? null : t('graph.nothingNew'), 'info', 2500);
    } catch (err) {
      setMessage(err.message, 'error', 6000);
    }
  }

  let messageTimer;
  /** Shows a message over the canvas (null hides it); `ms` hides it again after a while. */
  function setMessage(text, kind = 'empty', ms = 0) {
    clearTimeout(messageTimer);
    msg.hidden = !text;
    msg.className = `canvas-message state-${kind}`;
    msg.dataset.kind = kind;
    msg.textContent = text || '';
    if (text && ms) messageTimer = setTimeout(() => { msg.hidden = true; }, ms);
  }

  function openMenu(id, pos) {
    const item = (key, action) => el('li', { role: 'none' }, el('button', { type: 'button', role: 'menuitem',
      class: 'context-item', 'data-action': key, text: t(`menu.${key}`),
      on: { click: () => { closeMenu(); action(); } } }));
    replace(menu,
      item('expand', () => expand(id)),
      item('collapse', () => graph.collapse(id)),
      item('hide', () => graph.hide(id)),
      item('open', () => withParams({ sel: id, edge: null })));
    menu.dataset.nodeId = id;
    menu.style.left = `${pos.x + 8}px`;
    menu.style.top = `${pos.y + $('#graph-canvas').offsetTop}px`;
    menu.hidden = false;
    menu.querySelector('button').focus();
  }
  function closeMenu() { menu.hidden = true; }
  menu.addEventListener('keydown', (e) => { if (e.key === 'Escape') closeMenu(); });
  document.addEventListener('click', (e) => { if (!menu.contains(e.target)) closeMenu(); });

  $('#fit').addEventListener('click', () => graph.fit());
  $('#relayout').addEventListener('click', () => graph.relayout());
  showHiddenButton.addEventListener('click', () => graph.showHidden());
  $('#export-png').addEventListener('click', async () => {
    if (graph.isEmpty()) { setMessage(t('graph.nothingToExport'), 'info', 2500); return; }
    download(`synergraph-${(focusId || 'graph').replace(/[^\w-]+/g, '_')}.png`, await graph.exportPng());
  });

  const legend = el('div', { id: 'graph-legend', class: 'graph-overlay' });
  pane.append(legend);
  function renderLegend() {
    const swatch = (cls, color) => { const s = el('span', { class: cls, 'aria-hidden': 'true' }); if (color) s.style.setProperty('--c', color); return s; };
    const checked = (sel) => new Set([...legend.querySelectorAll(sel)].filter((i) => !i.checked).map((i) => i.value));
    const offRel = checked('.filter-relation');
    const offStatus = checked('.filter-status');
    replace(legend, el('details', { open: legend.dataset.closed !== 'true', on: { toggle: (e) => { legend.dataset.closed = String(!e.target.open); } } },
      el('summary', { text: t('legend.title') }),
      el('ul', { class: 'legend-nodes' },
        Object.entries(NODE_TYPES).map(([type, s]) => el('li', {}, swatch(`legend-shape shape-${s.shape}`, s.color), typeName(type))),
        el('li', {}, swatch('legend-shape shape-ellipse funder-ring', FUNDER_BORDER), t('type.Funder'))),
      el('fieldset', { id: 'filter-relations' }, el('legend', { text: t('filter.relations') }),
        Object.entries(RELATION_TYPES).map(([type, s]) => el('label', { class: 'filter-row' },
          el('input', { type: 'checkbox', class: 'filter-relation', id: `filter-rel-${type}`, value: type, checked: !offRel.has(type) }),
          swatch('legend-line', s.color), relationName(type)))),
      el('fieldset', { id: 'filter-statuses' }, el('legend', { text: t('filter.status') }),
        STATUSES.map((status) => el('label', { class: 'filter-row' },
          el('input', { type: 'checkbox', class: 'filter-status', id: `filter-status-${status}`, value: status, checked: !offStatus.has(status) }),
          swatch(`legend-line${status === 'planned' ? ' dashed' : ''}`, '#5b6b7c'), t(`status.${status}`)))),
      el('ul', { id: 'legend-review', class: 'legend-list small', 'aria-label': t('review.title') },
        Object.entries(REVIEW_STATES).map(([state, s]) => el('li', {}, swatch(s.legend, '#5b6b7c'), t(`review.state.${state}`))),
        el('li', { class: 'muted', text: t('review.legendNote') }))));
  }
  legend.addEventListener('change', () => {
    const on = (sel) => [...legend.querySelectorAll(sel)].filter((i) => i.checked).map((i) => i.value);
    graph.filterByType(on('.filter-relation'));
    graph.filterByStatus(on('.filter-status'));
  });
  renderLegend();

  const nodeData = (id) => (graph.has(id) ? graph.cy.getElementById(id).data() : null);

  return {
    graph,
    setMessage,
    setFocus(id) { focusId = id; },
    /** The date the canvas is drawn as of (null: every document); expanding a node keeps to it. */
    setAsOf(date) { asOf = date; },
    /** Shows in the side panel what the URL selects: ?edge=, else ?sel=, else the fallback entity. */
    select(params, fallbackId, fallbackText) {
      if (params.edge) {
        graph.select(params.edge);
        panel.showEdge(params.edge, { nodeData });
      } else if (params.sel || fallbackId) {
        graph.select(params.sel || null);
        panel.showEntity(params.sel || fallbackId, { focusId, asOf: params.asOf || null });
      } else if (fallbackText) {
        graph.select(null);
        panel.showText(...fallbackText);
      }
    },
    relabel() { graph.relabel(); renderLegend(); showHiddenButton.textContent = t('graph.showHidden', { n: graph.counts().hidden }); },
    resize() { graph.resize(); },
  };
}
