// Explore: an entity's neighbourhood on the canvas (#/entity/ID?depth=1|2&sel=…&edge=…), or the start page.
import { $, replace } from '../dom.js';
import { api, writeCount } from '../api.js';
import { withParams } from '../router.js';
import { t } from '../i18n.js';
import { timeControl } from './time-control.js';

let loadedKey = null;
let token = 0;
let shownAsOf;

/** The canvas's time control, standing at `asOf`; moving it puts the new date in the URL. */
function showTimeControl(asOf, enabled) {
  if (shownAsOf === asOf && $('#canvas-time')) return;
  shownAsOf = asOf;
  replace($('#canvas-time-slot'), enabled
    ? timeControl({ id: 'canvas-time', asOf, onChange: (value) => withParams({ asOf: value }) }) : null);
}

const depthSelect = () => $('#depth');

export const explore = {
  layout: 'canvas',
  nav: 'explore',
  init() {
    depthSelect().addEventListener('change', (e) => withParams({ depth: e.target.value === '1' ? null : e.target.value }));
  },
  async enter({ rest: id, params }, { canvas }) {
    const depth = params.depth === '2' ? 2 : 1;
    const asOf = params.asOf || null;
    showTimeControl(asOf, !!id);
    canvas.setAsOf(asOf);
    depthSelect().value = String(depth);
    depthSelect().disabled = !id;
    if (!id) {
      loadedKey = null;
      canvas.setFocus(null);
      canvas.graph.clear();
      showHome(canvas);
      return;
    }
    canvas.setFocus(id);
    const key = `${id}|${depth}|${asOf}|${writeCount()}`;
    if (key !== loadedKey) {
      const mine = ++token;
      loadedKey = key;
      canvas.setMessage(t('state.loadingGraph'), 'loading');
      canvas.select(params, id);
      try {
        const data = await api.entityGraph(id, { depth, asOf: asOf || undefined });
        if (mine !== token) return;
        canvas.graph.showNeighbourhood(data, { focusId: id });
        if (!data.edges || !data.edges.length) canvas.setMessage(t('entity.noRelations'), 'empty');
        else if (data.capped) canvas.setMessage(t('graph.capped', { n: data.nodes.length }), 'info', 6000);
        else canvas.setMessage(null);
      } catch (err) {
        if (mine !== token) return;
        loadedKey = null;
        canvas.graph.clear();
        canvas.setMessage(err.message, 'error');
      }
      return;
    }
    canvas.select(params, id);
  },
};

async function showHome(canvas) {
  canvas.setMessage(t('home.hint'), 'empty');
  canvas.select({}, null, [t('home.title'), t('home.panel')]);
  try {
    const health = await api.health();
    const c = health.counts || {};
    if (!loadedKey) canvas.setMessage(t('home.counts', { entities: c.entities ?? '–', documents: c.documents ?? '–', relationships: c.relationships ?? '–' }), 'empty');
  } catch (err) {
    if (!loadedKey) canvas.setMessage(`${t('home.hint')} (${err.message})`, 'error');
  }
}
