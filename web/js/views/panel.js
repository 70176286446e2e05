// The right-hand side panel: one entity (names, relations grouped by type, evidence) or one canvas edge.
import { el, replace, message } from '../dom.js';
import { api } from '../api.js';
import { href } from '../router.js';
import { t, name, typeName, relationName } from '../i18n.js';
import { typeBadge, entityLink, relationTag, statusTag, evidenceList, nameBlock, provenance } from './common.js';
import { synergyProfile } from './profile.js';

const panelHeader = (text) => el('h2', { class: 'panel-title', text });

/** Creates the panel controller on `root`. */
export function createPanel(root) {
  const cache = new Map();
  let token = 0;
  let current = null; // { kind, id, focusId } of what is shown

  async function load(kind, id, fetcher, render, extra) {
    const mine = ++token;
    current = { kind, id, ...extra };
    const key = `${kind}:${id}`;
    if (cache.has(key)) { render(cache.get(key)); return; }
    replace(root, message('loading', t('state.loading')));
    try {
      const data = await fetcher();
      cache.set(key, data);
      if (cache.size > 40) cache.delete(cache.keys().next().value);
      if (mine === token) render(data);
    } catch (err) {
      if (mine === token) replace(root, panelHeader(t('panel.error')), message('error', err.message, 'panel-error'));
    }
  }

  function renderEntity(data, focusId) {
    const { entity, relations = [], documents = [] } = data;
    const titles = new Map(documents.map((d) => [d.id, d.title]));
    const isFunder = (entity.labels || []).includes('Funder') || relations.some((r) => r.type === 'FUNDS' && r.direction === 'out');
    replace(root,
      el('div', { class: 'panel-head', 'data-testid': 'entity-panel', dataset: { entityId: entity.id } },
        el('p', { class: 'badges' }, typeBadge(entity.type),
          isFunder ? el('span', { class: 'type-badge funder-badge', text: t('type.Funder') }) : null),
        nameBlock(entity),
        el('p', { class: 'entity-id muted small' }, el('code', { text: entity.id }),
          entity.iso3 ? el('span', { text: ` · ISO3 ${entity.iso3}` }) : null),
        entity.aliases && entity.aliases.length
          ? el('p', { class: 'aliases small' }, el('span', { class: 'muted', text: `${t('entity.aliases')}: ` }),
            entity.aliases.join(' · ')) : null,
        el('p', { class: 'panel-actions' },
          entity.id !== focusId ? el('a', { class: 'button', id: 'panel-centre', href: href(['entity', entity.id]), text: t('entity.centre') }) : null,
          el('a', { class: 'button', id: 'panel-paths', href: href('path', { from: entity.id }), text: t('entity.paths') }),
          el('a', { class: 'button', id: 'panel-shared', href: href('shared', { ids: entity.id }), text: t('entity.shared') }))),
      entity.type === 'Country' ? synergyProfile(relations) : null,
      relationsSection(entity, relations, titles),
      documentsSection(entity, documents));
  }

  function relationsSection(entity, relations, titles) {
    const section = el('section', { class: 'panel-section', id: 'relations' }, el('h3', { text: t('entity.relations', { n: relations.length }) }));
    if (!relations.length) {
      section.append(message('empty', t('entity.noRelations'), 'no-relations'));
      return section;
    }
    const groups = new Map();
    for (const r of relations) groups.set(r.type, [...(groups.get(r.type) || []), r]);
    for (const [type, list] of groups) {
      section.append(el('details', { class: 'relation-group', open: true, 'data-relation': type },
        el('summary', {}, relationTag(type), el('span', { class: 'count', text: ` ${list.length}` })),
        el('ul', { class: 'relation-list' }, list.map((r) => relationItem(entity, r, titles)))));
    }
    return section;
  }

  function relationItem(entity, r, titles) {
    const other = r.other || { id: '?', type: '' };
    const phrase = r.direction === 'in'
      ? t('relation.in', { rel: relationName(r.type) }) : t('relation.out', { rel: relationName(r.type) });
    return el('li', { class: 'relation', dataset: { otherId: other.id } },
      el('div', { class: 'relation-line' },
        el('span', { class: 'direction muted small', text: phrase }), ' ', entityLink(other), ' ', statusTag(r.status)),
      el('div', { class: 'relation-meta muted small', text: provenance(r) }),
      evidenceList(r.evidence, { titles, highlight: [entity.id, other.id], visible: 2 }));
  }

  function documentsSection(entity, documents) {
    if (!documents.length) return null;
    return el('section', { class: 'panel-section', id: 'entity-documents' },
      el('h3', { text: t('entity.documents', { n: documents.length }) }),
      el('ul', { class: 'plain-list' }, documents.map((d) => el('li', {},
        el('a', { class: 'document-link', href: href(['document', d.id], { hl: entity.id }), text: d.title || d.id }),
        d.mentions ? el('span', { class: 'muted small', text: ` · ${t('entity.mentions', { n: d.mentions })}` }) : null))));
  }

  function renderEdge(data) {
    const { edge, evidence = [] } = data;
    const nodes = data.nodes || {};
    const end = (id) => (nodes[id] ? entityLink(nodes[id]) : el('code', { text: id }));
    replace(root,
      el('div', { class: 'panel-head', 'data-testid': 'edge-panel', dataset: { edgeId: edge.id } },
        el('p', { class: 'badges' }, relationTag(edge.type), ' ', statusTag(edge.status)),
        el('h2', { text: t('edge.title') }),
        el('p', { class: 'edge-ends' }, end(edge.source), el('span', { class: 'muted', text: ` ${relationName(edge.type)} ` }), end(edge.target)),
        el('p', { class: 'muted small', text: provenance(edge) })),
      el('section', { class: 'panel-section' }, el('h3', { text: t('edge.evidence', { n: evidence.length }) }),
        evidenceList(evidence, { highlight: [edge.source, edge.target], visible: 20 })));
  }

  return {
    /** Shows an entity; `focusId` is the entity at the centre of the canvas (no "centre here" button for it). */
    showEntity(id, { focusId } = {}) {
      return load('entity', id, () => api.entity(id), (d) => renderEntity(d, focusId), { focusId });
    },
    /** Shows one canvas edge's evidence; `nodeData(id)` resolves end points to names when on the canvas. */
    showEdge(edgeId, { nodeData } = {}) {
      return load('edge', edgeId, async () => {
        const d = await api.edge(edgeId);
        const nodes = {};
        for (const id of [d.edge.source, d.edge.target]) { const n = nodeData && nodeData(id); if (n) nodes[id] = n; }
        return { ...d, nodes };
      }, renderEdge);
    },
    showText(title, text, kind = 'empty') {
      token++;
      current = null;
      replace(root, panelHeader(title), text ? message(kind, text) : null);
    },
    /** Re-renders what is shown (after a language change). */
    refresh() {
      if (!current) return;
      const data = cache.get(`${current.kind}:${current.id}`);
      if (data) current.kind === 'entity' ? renderEntity(data, current.focusId) : renderEdge(data);
    },
    typeName,
    name,
  };
}
