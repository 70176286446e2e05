// Small building blocks shared by the views: entity links, type badges, evidence quotes.
import { el } from '../dom.js';
import { href } from '../router.js';
import { t, name, otherName, typeName, relationName } from '../i18n.js';
import { nodeStyle, relationStyle } from '../graph-style.js';

/** A coloured dot and the type's name. */
export function typeBadge(type) {
  const dot = el('span', { class: 'type-dot', 'aria-hidden': 'true' });
  dot.style.backgroundColor = nodeStyle(type).color;
  return el('span', { class: 'type-badge', 'data-type': type }, dot, typeName(type));
}

/** A link that opens an entity (centre of the graph, side panel). */
export function entityLink(entity, { params } = {}) {
  const dot = el('span', { class: 'type-dot', 'aria-hidden': 'true' });
  dot.style.backgroundColor = nodeStyle(entity.type).color;
  return el('a', { class: 'entity-link', href: href(['entity', entity.id], params), title: otherName(entity) || entity.id,
    dataset: { entityId: entity.id } }, dot, name(entity));
}

/** A relation type as a small coloured tag. */
export function relationTag(type) {
  const tag = el('span', { class: 'relation-tag', 'data-relation': type, text: relationName(type) });
  tag.style.borderColor = relationStyle(type).color;
  return tag;
}

export const statusTag = (status) => status && status !== 'active'
  ? el('span', { class: `status-tag status-${status}`, text: t(`status.${status}`) }) : null;

/** Where a quote comes from, e.g. "ICCD/COP(17)/6 · Report of the Committee… ¶12" (the symbol when known). */
export function sourceLabel(ev, titles = new Map()) {
  const title = ev.documentTitle || titles.get(ev.documentId) || t('doc.numbered', { id: ev.documentId });
  const where = [ev.para !== undefined && ev.para !== null ? `¶${ev.para}` : null, ev.page ? t('reader.page', { n: ev.page }) : null];
  return [ev.documentSymbol, title, ev.documentDate || t('time.undated'), ...where].filter(Boolean).join(' · ');
}

/**
 * Evidence quotes; each opens the document reader at its passage, with `highlight` entity ids emphasised.
 * Shows the first `visible` quotes and a button for the rest.
 */
export function evidenceList(evidence = [], { titles, highlight = [], visible = 3 } = {}) {
  if (!evidence.length) return el('p', { class: 'muted small', text: t('evidence.none') });
  const items = evidence.map((ev, i) => {
    const target = href(['document', ev.documentId], { passage: ev.passageId, hl: highlight.filter(Boolean) });
    return el('li', { hidden: i >= visible },
      el('a', { class: 'evidence-quote', 'data-testid': 'evidence-quote', href: target,
        dataset: { documentId: ev.documentId, passageId: ev.passageId || '' } },
      el('q', { text: ev.quote || t('evidence.noQuote') }),
      el('span', { class: 'evidence-source', text: sourceLabel(ev, titles) })));
  });
  const list = el('ul', { class: 'evidence-list' }, items);
  if (evidence.length > visible) {
    const more = el('button', { type: 'button', class: 'link-button more-evidence',
      text: t('evidence.more', { n: evidence.length - visible }),
      on: { click: () => { items.forEach((li) => { li.hidden = false; }); more.remove(); } } });
    list.append(el('li', {}, more));
  }
  return list;
}

/** "Reported planned 2011-03-01 → active 2013-06-01" when a fact's status changed between documents, else nothing. */
export function statusHistory(relation) {
  const reports = relation.statusHistory || [];
  if (new Set(reports.map((r) => r.status)).size < 2) return null;
  const steps = [];
  for (const r of reports) {
    const text = `${t(`status.${r.status}`)} ${r.date || t('time.undated')}`;
    if (!steps.length || steps[steps.length - 1].status !== r.status) steps.push({ status: r.status, text });
  }
  return el('div', { class: 'status-history muted small', 'data-testid': 'status-history',
    text: t('time.history', { history: steps.map((s) => s.text).join(' → ') }) });
}

/** "curated by a person · confidence 90%" for a relation or edge. */
export function provenance({ method, confidence }) {
  const methodText = method && t(`method.${method}`) !== `method.${method}` ? t(`method.${method}`) : method;
  return [methodText, typeof confidence === 'number' ? t('relation.confidence', { c: Math.round(confidence * 100) }) : null]
    .filter(Boolean).join(' · ');
}

/** A heading with the entity's name in both languages. */
export function nameBlock(entity, tag = 'h2') {
  return [
    el(tag, { class: 'entity-name', id: 'entity-name', text: name(entity) }),
    otherName(entity) ? el('p', { class: 'entity-other-name', text: otherName(entity) }) : null,
  ];
}
