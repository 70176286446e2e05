// The entity panel's timeline: the entity's facts by the date of the document that reports each, earliest first.
import { el, replace, message } from '../dom.js';
import { api } from '../api.js';
import { href } from '../router.js';
import { t, relationName } from '../i18n.js';
import { entityLink, statusTag } from './common.js';

const LIMIT = 50;

/** A panel section that fills itself with the entity's timeline (as of `asOf`, when given). */
export function timelineSection(entity, asOf) {
  const heading = el('h3', { text: t('timeline.title', { n: '…' }) });
  const body = el('div', {}, message('loading', t('state.loading')));
  const section = el('section', { class: 'panel-section', id: 'entity-timeline', 'data-testid': 'entity-timeline',
    dataset: { asOf: asOf || '' } },
    el('details', {}, el('summary', {}, heading), body));
  api.timeline(entity.id, { asOf: asOf || undefined, limit: LIMIT }).then((data) => {
    heading.textContent = t('timeline.title', { n: data.total });
    section.dataset.total = String(data.total);
    if (!data.entries.length) {
      replace(body, message('empty', t('timeline.empty'), 'timeline-empty'));
      return;
    }
    replace(body, el('ol', { class: 'timeline-list' }, data.entries.map((e) => el('li', {
      class: 'timeline-entry', dataset: { date: e.date || '', status: e.status || '', otherId: e.other.id } },
    el('time', { class: 'timeline-date', text: e.date || t('time.undated') }), ' ',
    el('span', { class: 'muted small', text: relationName(e.type) }), ' ', entityLink(e.other), ' ', statusTag(e.status), ' ',
    el('a', { class: 'timeline-source small', href: href(['document', e.documentId], { hl: entity.id }),
      text: e.documentTitle || e.documentId })))));
  }, (err) => replace(body, message('error', err.message, 'timeline-error')));
  return section;
}
