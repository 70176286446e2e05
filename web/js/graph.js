// The graph controller: the one object that owns the Cytoscape instance. Views call its verbs;
// visual state lives in classes of the stylesheet in graph-style.js, and bulk changes run in cy.batch().
import { stylesheet, coseLayout } from './graph-style.js';

const MAX_FIT_ZOOM = 1.4; // a small neighbourhood is not blown up to fill the canvas

/**
 * Creates the controller on `container`.
 * options: labelOf(node data) and relationLabelOf(type) give display text; on: { nodeTap, nodeDblTap, edgeTap,
 * nodeContext, backgroundTap, change } receive element ids (nodeContext also the rendered position).
 */
export function createGraph(container, { labelOf, relationLabelOf, on = {} }) {
  const cy = window.cytoscape({
    container, style: stylesheet(), minZoom: 0.1, maxZoom: 3, boxSelectionEnabled: false, selectionType: 'single',
  });
  const expandedBy = new Map(); // node id -> ids of nodes that its expansion added
  let filters = { relations: null, statuses: null }; // null = show all
  let layout = null;
  const emit = (name, ...args) => on[name] && on[name](...args);

  cy.on('tap', 'node', (e) => emit('nodeTap', e.target.id()));
  cy.on('dbltap', 'node', (e) => emit('nodeDblTap', e.target.id()));
  cy.on('tap', 'edge', (e) => emit('edgeTap', e.target.id()));
  cy.on('cxttap', 'node', (e) => emit('nodeContext', e.target.id(), e.renderedPosition));
  cy.on('tap', (e) => { if (e.target === cy) emit('backgroundTap'); });
  cy.on('mouseover', 'edge', (e) => e.target.addClass('show-label'));
  cy.on('mouseout', 'edge', (e) => e.target.removeClass('show-label'));

  function toElements({ nodes = [], edges = [] }) {
    const funders = new Set(edges.filter((e) => e.type === 'FUNDS').map((e) => e.source));
    const nodeEls = nodes.map((n) => ({
      group: 'nodes',
      data: { id: n.id, type: n.type, nameEn: n.nameEn, nameZh: n.nameZh, labels: n.labels || [], label: labelOf(n) },
      classes: (n.labels || []).includes('Funder') || funders.has(n.id) ? 'funder' : '',
    }));
    const edgeEls = edges.map((e) => ({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, type: e.type, status: e.status || 'active',
        evidenceCount: e.evidenceCount || 0, label: relationLabelOf(e.type) },
      classes: [e.status === 'planned' ? 'planned' : '', e.review && e.review.state !== 'unreviewed' ? `review-${e.review.state}` : '']
        .filter(Boolean).join(' '),
    }));
    return { nodeEls, edgeEls };
  }

  /** Adds elements not already on the canvas; edges only when both ends are present. Returns added nodes. */
  function addMissing(data, near) {
    const { nodeEls, edgeEls } = toElements(data);
    const fresh = nodeEls.filter((n) => cy.getElementById(n.data.id).empty());
    if (near) placeAround(fresh, near);
    const added = cy.add(fresh);
    cy.add(edgeEls.filter((e) => cy.getElementById(e.data.id).empty()
      && !cy.getElementById(e.data.source).empty() && !cy.getElementById(e.data.target).empty()));
    for (const n of nodeEls) if (n.classes) cy.getElementById(n.data.id).addClass(n.classes);
    return added;
  }

  function placeAround(nodeEls, centre) {
    const { x, y } = centre.position();
    nodeEls.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(nodeEls.length, 1);
      n.position = { x: x + 120 * Math.cos(angle), y: y + 120 * Math.sin(angle) };
    });
  }

  function applyFilters() {
    cy.batch(() => {
      cy.elements().removeClass('filtered');
      const { relations, statuses } = filters;
      const out = cy.edges().filter((e) => (relations && !relations.has(e.data('type')))
        || (statuses && !statuses.has(e.data('status'))));
      out.addClass('filtered');
      cy.nodes().forEach((n) => {
        const edges = n.connectedEdges();
        if (!n.hasClass('focus') && edges.nonempty() && edges.every((e) => e.hasClass('filtered'))) n.addClass('filtered');
      });
    });
  }

  function runLayout(options) {
    if (layout) layout.stop();
    const visible = cy.elements().not('.hidden, .filtered');
    layout = visible.layout(coseLayout(options));
    layout.one('layoutstop', () => { if (cy.zoom() > MAX_FIT_ZOOM) { cy.zoom(MAX_FIT_ZOOM); cy.center(visible); } });
    layout.run();
  }

  const counts = () => ({ nodes: cy.nodes().length, edges: cy.edges().length, hidden: cy.nodes('.hidden').length });
  const changed = () => emit('change', counts());

  return {
    cy,
    /** Replaces the canvas with a neighbourhood; `focusId` is drawn larger. */
    showNeighbourhood(data, { focusId } = {}) {
      expandedBy.clear();
      cy.batch(() => {
        cy.elements().remove();
        addMissing(data);
        if (focusId) cy.getElementById(focusId).addClass('focus');
      });
      applyFilters();
      runLayout({ randomize: true });
      changed();
    },
    /** Adds a node's neighbourhood next to it and re-lays out from the current positions. */
    expand(nodeId, data) {
      const centre = cy.getElementById(nodeId);
      let added;
      cy.batch(() => {
        added = addMissing(data, centre.nonempty() ? centre : null);
        centre.addClass('expanded');
      });
      const ids = expandedBy.get(nodeId) || new Set();
      added.forEach((n) => ids.add(n.id()));
      expandedBy.set(nodeId, ids);
      applyFilters();
      runLayout({ randomize: false, animate: 'end' });
      changed();
      return added.length;
    },
    /** Removes what expanding a node added, and neighbours that hang only on it (never the focus). */
    collapse(nodeId) {
      const centre = cy.getElementById(nodeId);
      if (centre.empty()) return 0;
      const added = expandedBy.get(nodeId) || new Set();
      const leaves = centre.neighborhood('node').filter((n) => !n.hasClass('focus')
        && (added.has(n.id()) || n.neighborhood('node').every((m) => m.id() === nodeId)));
      const count = leaves.length;
      cy.batch(() => { leaves.remove(); centre.removeClass('expanded'); });
      expandedBy.delete(nodeId);
      changed();
      return count;
    },
    hide(nodeId) { cy.getElementById(nodeId).addClass('hidden').unselect(); changed(); },
    showHidden() { cy.nodes('.hidden').removeClass('hidden'); applyFilters(); changed(); },
    /** Shows only edges whose relation type is in `types` (null or undefined: all). */
    filterByType(types) { filters = { ...filters, relations: types ? new Set(types) : null }; applyFilters(); },
    /** Shows only edges whose status is in `statuses` (null or undefined: all). */
    filterByStatus(statuses) { filters = { ...filters, statuses: statuses ? new Set(statuses) : null }; applyFilters(); },
    /** Marks one path ({nodes, edges}) and fades everything else; null clears. */
    highlightPath(path) {
      cy.batch(() => {
        cy.elements().removeClass('faded on-path');
        if (!path) return;
        const ids = new Set([...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)]);
        cy.elements().forEach((el) => el.addClass(ids.has(el.id()) ? 'on-path' : 'faded'));
      });
    },
    select(id) {
      cy.batch(() => { cy.elements().unselect(); if (id) cy.getElementById(id).select(); });
    },
    has: (id) => cy.getElementById(id).nonempty(),
    isEmpty: () => cy.elements().empty(),
    clear() { expandedBy.clear(); cy.elements().remove(); changed(); },
    fit() { cy.animate({ fit: { eles: cy.elements().not('.hidden, .filtered'), padding: 40 } }, { duration: 300 }); },
    relayout() { runLayout({ randomize: true, animate: 'end' }); },
    /** Re-computes labels, e.g. after the language changes. */
    relabel() {
      cy.batch(() => {
        cy.nodes().forEach((n) => n.data('label', labelOf(n.data())));
        cy.edges().forEach((e) => e.data('label', relationLabelOf(e.data('type'))));
      });
    },
    /** A PNG of the whole graph, as a Blob. */
    exportPng: () => cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }),
    resize() { cy.resize(); },
    counts,
  };
}
