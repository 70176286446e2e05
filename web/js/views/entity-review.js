// The entity panel's review section: merge this entity into another, or rename it (a reviewer's token, the same
// one the Review page keeps for this tab). Everything goes in as text.
import { el, replace, message } from '../dom.js';
import { api } from '../api.js';
import { href, navigate } from '../router.js';
import { t } from '../i18n.js';
import { reviewToken } from '../review-token.js';

/** A closed <details> with "merge into…" and "rename" forms for `entity`; `changed` runs after a decision. */
export function entityReview(entity, changed) {
  const status = el('div', { role: 'status' });
  const send = async (decision, after) => {
    if (!reviewToken()) { replace(status, message('error', t('review.needToken'), 'entity-review-need-token')); return; }
    try {
      await api.judgeEntity(entity.id, decision, reviewToken());
      replace(status, message('empty', t('review.saved'), 'entity-review-saved'));
      after();
    } catch (err) {
      replace(status, message('error', err.message, 'entity-review-error'));
    }
  };
  const into = el('input', { name: 'into', id: 'entity-merge-into', placeholder: 'org:…', 'aria-label': t('review.mergeInto') });
  const merge = el('form', { id: 'entity-merge', on: { submit: (e) => {
    e.preventDefault();
    send({ decision: 'merge', into: into.value.trim() }, () => navigate(href(['entity', into.value.trim()])));
  } } }, el('label', {}, t('review.mergeInto'), ' ', into), ' ', el('button', { type: 'submit', text: t('review.merge') }));
  const nameEn = el('input', { name: 'nameEn', id: 'entity-rename-en', value: entity.nameEn || '', 'aria-label': 'English' });
  const nameZh = el('input', { name: 'nameZh', id: 'entity-rename-zh', value: entity.nameZh || '', 'aria-label': '中文' });
  const rename = el('form', { id: 'entity-rename', on: { submit: (e) => {
    e.preventDefault();
    send({ decision: 'rename', nameEn: nameEn.value.trim() || undefined, nameZh: nameZh.value.trim() || undefined }, changed);
  } } }, el('label', {}, t('review.rename'), ' ', nameEn, ' ', nameZh), ' ', el('button', { type: 'submit', text: t('review.save') }));
  return el('details', { class: 'panel-section entity-review', id: 'entity-review' },
    el('summary', { text: t('review.entity') }), merge, rename, status,
    reviewToken() ? null : el('p', { class: 'muted small' }, el('a', { href: href('review'), text: t('review.tokenFirst') })));
}
