// Visual vocabulary of the canvas: one colour and shape per entity type, one colour per relation type.
// The Cytoscape stylesheet and the legend are both built from these tables, so they cannot disagree.

export const NODE_TYPES = {
  Organisation: { color: '#2f6690', shape: 'round-rectangle' },
  Convention: { color: '#7a4f9a', shape: 'diamond' },
  Initiative: { color: '#3a7d44', shape: 'round-pentagon' },
  Country: { color: '#c46a2b', shape: 'ellipse' },
  Region: { color: '#8c7a5b', shape: 'hexagon' },
};

export const FUNDER_BORDER = '#c9a227';

export const RELATION_TYPES = {
  ACTIVE_IN: { color: '#8a9bb0' },
  FUNDS: { color: '#c9a227' },
  PARTNERS_WITH: { color: '#3a7d44' },
  MEMBER_OF: { color: '#7a4f9a' },
  LEADS: { color: '#1f3f66' },
  HOSTS: { color: '#a0522d' },
  SUPPORTS: { color: '#2a9d8f' },
  REPORTS_TO: { color: '#b23a48' },
};

export const STATUSES = ['active', 'planned'];

/** How reviewed facts look: accepted thicker and solid, rejected (only shown with review=any) dotted and faint. */
export const REVIEW_STATES = {
  accepted: { legend: 'legend-line reviewed', style: { width: 4, opacity: 1 } },
  rejected: { legend: 'legend-line dotted', style: { 'line-style': 'dotted', opacity: 0.35 } },
};

const UNKNOWN = { color: '#999999', shape: 'ellipse' };

export const nodeStyle = (type) => NODE_TYPES[type] || UNKNOWN;
export const relationStyle = (type) => RELATION_TYPES[type] || UNKNOWN;

/** The Cytoscape stylesheet. Visual state (selected, hidden, faded, on a path…) is expressed as classes. */
export function stylesheet() {
  const rules = [
    { selector: 'node', style: {
      label: 'data(label)', 'font-family': 'system-ui, "Noto Sans CJK SC", sans-serif', 'font-size': 10,
      color: '#26323f', 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'ellipsis', 'text-max-width': 130,
      'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
      'min-zoomed-font-size': 7, width: 26, height: 26, 'border-width': 1.5, 'border-color': '#ffffff',
      'background-color': UNKNOWN.color, shape: UNKNOWN.shape } },
    { selector: 'node.funder', style: { 'border-width': 4, 'border-color': FUNDER_BORDER, 'border-style': 'double' } },
    { selector: 'node.focus', style: { width: 40, height: 40, 'font-size': 12, 'font-weight': 'bold' } },
    { selector: 'node.expanded', style: { 'border-color': '#26323f', 'border-width': 2.5 } },
    { selector: 'node.funder.expanded', style: { 'border-color': FUNDER_BORDER, 'border-width': 5 } },
    { selector: 'edge', style: {
      width: 'mapData(evidenceCount, 0, 10, 1.2, 4.5)', 'line-color': UNKNOWN.color, 'target-arrow-color': UNKNOWN.color,
      'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'curve-style': 'bezier', opacity: 0.85 } },
    { selector: 'edge.planned', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
    { selector: 'edge:selected, edge.show-label', style: {
      label: 'data(label)', 'font-size': 9, color: '#26323f', 'text-rotation': 'autorotate',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 2 } },
    { selector: 'node:selected', style: { 'overlay-color': '#1f6feb', 'overlay-opacity': 0.18, 'overlay-padding': 6 } },
    { selector: 'edge:selected', style: { width: 5, opacity: 1, 'overlay-color': '#1f6feb', 'overlay-opacity': 0.15 } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.2 } },
    { selector: 'node.on-path', style: { 'border-color': '#1f6feb', 'border-width': 4, opacity: 1, 'text-opacity': 1 } },
    { selector: 'edge.on-path', style: { width: 5, opacity: 1, 'line-color': '#1f6feb', 'target-arrow-color': '#1f6feb',
      label: 'data(label)', 'font-size': 9, 'text-rotation': 'autorotate',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.9 } },
    { selector: '.hidden, .filtered', style: { display: 'none' } },
    ...Object.entries(REVIEW_STATES).map(([state, s]) => ({ selector: `edge.review-${state}`, style: s.style })),
  ];
  for (const [type, s] of Object.entries(NODE_TYPES)) {
    rules.splice(1, 0, { selector: `node[type = "${type}"]`, style: { 'background-color': s.color, shape: s.shape } });
  }
  for (const [type, s] of Object.entries(RELATION_TYPES)) {
    rules.splice(rules.findIndex((r) => r.selector === 'edge.planned'), 0,
      { selector: `edge[type = "${type}"]`, style: { 'line-color': s.color, 'target-arrow-color': s.color } });
  }
  return rules;
}

/** Layout options for the built-in cose layout, tuned to stay readable at about 150 nodes. */
export function coseLayout({ randomize = true, animate = false } = {}) {
  return {
    name: 'cose', randomize, animate, animationDuration: 400, fit: true, padding: 40,
    nodeDimensionsIncludeLabels: true, componentSpacing: 80, nodeOverlap: 12,
    idealEdgeLength: () => 90, edgeElasticity: () => 80, nodeRepulsion: () => 9000,
    gravity: 0.3, nestingFactor: 1.2, numIter: 1200, initialTemp: 400, coolingFactor: 0.97, minTemp: 1.0,
  };
}
