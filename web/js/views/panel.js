// The right-hand side panel: one entity (names, relations grouped by type, evidence) or one canvas edge.
import { el, replace, message } from '../dom.js';
import { api, writeCount } from '../api.js';
import { href } from '../router.js';
import { t, name, typeName, relationName } from '../i18n.js';
import { typeBadge, entityLink, relationTag, statusTag, evidenceList, nameBlock, provenance, statusHistory } from './common.js';
import { timelineSection } from './timeline.js';
import { synergyProfile } from './profile.js';
import { entityReview } from './entity-review.js';

const panelHeader = (text) => el('h2', { class: 'panel-title', text });

/** Creates the panel controller on `root`. */
export function createPanel(root) {
  const cache = new Map();
  let token = 0;
  let current = null; // { kind, id, focusId } of what is shown

  async function load(kind, id, fetcher, render, extra) {
    const mine = ++token;
    current = { kind, id, ...extra };
    const key = `${kind}:${id}:${extra && extra.asOf ? extra.asOf : ''}`;
    if (cache.has(key) && cache.get(key).writes !== writeCount()) cache.delete(key);
    if (cache.has(key)) { render(cache.get(key)); return; }
    replace(root, message('loading', t('state.loading')));
    try {
      const data = await fetcher();
      Object.defineProperty(data, 'writes', { value: writeCount() });
      cache.set(key, data);
      if (cache.size > 40) cache.delete(cache.keys().next().value);
      if (mine === token) render(data);
    } catch (err) {
      if (mine === token) replace(root, panelHeader(t('panel.error')), message('error', err.message, 'panel-error'));
    }
  }

  function renderEntity(data, focusId, asOf) {
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
      relationsSection(entity, relations, titles, data),
      timelineSection(entity, asOf),
      documentsSection(entity, documents, data),
      entityReview(entity, () => load('entity', entity.id, () => api.entity(entity.id, { asOf: asOf || undefined }),
        (d) => renderEntity(d, focusId, asOf), { focusId, asOf })));
  }

  /** A "show more" button that fetches the next page with `more(offset)`, hands its items to `add`, and goes away at the end. */
  function moreButton(testid, total, shown, more, add) {
    if (shown >= total) return null;
    const button = el('button', { type: 'button', class: 'button show-more', 'data-testid': testid,
      text: t('list.more', { shown, total }) });
    let offset = shown;
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        const items = await more(offset);
        offset += items.length;
        add(items);
        if (offset >= total || !items.length) button.remove();
        else { button.textContent = t('list.more', { shown: offset, total }); button.disabled = false; }
      } catch (err) {
        button.replaceWith(message('error', err.message, `${testid}-error`));
      }
    });
    return button;
  }

  function relationsSection(entity, relations, titles, data) {
    const total = data.relationsTotal ?? relations.length;
    const section = el('section', { class: 'panel-section', id: 'relations' }, el('h3', { text: t('entity.relations', { n: total }) }));
    if (!relations.length) {
      section.append(message('empty', t('entity.noRelations'), 'no-relations'));
      return section;
    }
    // Groups by type, as before; each direction of a type is one page-able group on the server.
    const pageGroups = data.relationGroups || [];
    const byType = new Map();
    for (const r of relations) byType.set(r.type, [...(byType.get(r.type) || []), r]);
    for (const [type, list] of byType) {
      const groupTotal = pageGroups.filter((g) => g.type === type).reduce((n, g) => n + g.total, 0) || list.length;
      const ul = el('ul', { class: 'relation-list' }, list.map((r) => relationItem(entity, r, titles)));
      const buttons = pageGroups.filter((g) => g.type === type).map((g) => moreButton('show-more-relations', g.total,
        list.filter((r) => r.direction === g.direction).length,
        async (offset) => (await api.entityRelations(entity.id, { type, direction: g.direction, offset, limit: 20, asOf: data.asOf ? data.asOf.asked : undefined })).relations,
        (items) => { relations.push(...items); ul.append(...items.map((r) => relationItem(entity, r, titles))); }));
      section.append(el('details', { class: 'relation-group', open: true, 'data-relation': type },
        el('summary', {}, relationTag(type), el('span', { class: 'count', text: ` ${groupTotal}` })), ul, ...buttons));
    }
    return section;
  }

  function relationItem(entity, r, titles) {
    const other = r.other || { id: '?', type: '' };
    const phrase = r.direction === 'in'
      ? t('relation.in', { rel: relationName(r.type) }) : t('relation.out', { rel: relationName(r.type) });
    const state = (r.review && r.review.state) || 'unreviewed';
    return el('li', { class: `relation review-${state}-relation`, dataset: { otherId: other.id, relationId: r.id, review: state } },
      el('div', { class: 'relation-line' },
        el('span', { class: 'direction muted small', text: phrase }), ' ', entityLink(other), ' ', statusTag(r.status),
        state !== 'unreviewed' ? el('span', { class: `review-state review-${state}`, title: r.review.by || '', text: t(`review.state.${state}`) }) : null),
      el('div', { class: 'relation-meta muted small', text: provenance(r) }),
      statusHistory(r),
      evidenceList(r.evidence, { titles, highlight: [entity.id, other.id], visible: 2 }));
  }

  function documentsSection(entity, documents, data) {
    if (!documents.length) return null;
    const total = data.documentsTotal ?? documents.length;
    const item = (d) => el('li', {},
      el('a', { class: 'document-link', href: href(['document', d.id], { hl: entity.id }), text: d.title || d.id }),
      el('span', { class: 'muted small document-date', text: ` · ${d.date || t('time.undated')}` }),
      d.mentions ? el('span', { class: 'muted small', text: ` · ${t('entity.mentions', { n: d.mentions })}` }) : null);
    const ul = el('ul', { class: 'plain-list' }, documents.map(item));
    return el('section', { class: 'panel-section', id: 'entity-documents' },
      el('h3', { text: t('entity.documents', { n: total }) }), ul,
      moreButton('show-more-documents', total, documents.length,
        async (offset) => (await api.entityDocuments(entity.id, { offset, limit: 20 })).documents,
        (items) => { documents.push(...items); ul.append(...items.map(item)); }));
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
    showEntity(id, { focusId, asOf = null } = {}) {
      return load('entity', id, () => api.entity(id, { asOf: asOf || undefined }), (d) => renderEntity(d, focusId, asOf),
        { focusId, asOf });
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
      const data = cache.get(`${current.kind}:${current.id}:${current.asOf || ''}`);
      if (data) current.kind === 'entity' ? renderEntity(data, current.focusId, current.asOf) : renderEdge(data);
    },
    typeName,
    name,
  };
}
