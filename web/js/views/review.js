// Review (#/review?state=&type=&document=&minConfidence=&maxConfidence=): the queue of facts that most need a
// human, each with its quote inside its passage, and Accept / Reject / Correct. The reviewer's token is asked once
// and kept for this tab only (sessionStorage). Keys: j / k next and previous, a accept, r reject.
import { el, replace, message } from '../dom.js';
import { api } from '../api.js';
import { href, navigate } from '../router.js';
import { t, name } from '../i18n.js';
import { reviewToken as token, setReviewToken, forgetReviewToken } from '../review-token.js';

const STATES = ['unreviewed', 'accepted', 'rejected', 'orphaned'];
const TYPES = ['ACTIVE_IN', 'FUNDS', 'PARTNERS_WITH', 'MEMBER_OF', 'LEADS', 'HOSTS', 'SUPPORTS', 'REPORTS_TO'];
const FILTERS = ['state', 'type', 'document', 'minConfidence', 'maxConfidence'];


export const review = {
  layout: 'page',
  nav: 'review',
  init() {
    document.addEventListener('keydown', onKey);
  },
  async enter({ params }, { pagePane }) {
    const list = el('ol', { id: 'review-queue', class: 'review-queue' });
    const progress = el('p', { id: 'review-progress', class: 'muted', 'data-testid': 'review-progress' });
    const status = el('div', { id: 'review-status', role: 'status' });
    replace(pagePane, el('div', { class: 'page', id: 'review-page' },
      el('h1', { text: t('review.title') }), tokenBox(), filterForm(params), progress,
      el('p', { class: 'muted small', text: t('review.keys') }), status, list));
    showProgress(progress);
    replace(list, message('loading', t('state.loading')));
    try {
      const page = await api.review({ ...pick(params), limit: 50 });
      if (!page.items.length) { replace(list, message('empty', t('review.empty'), 'review-empty')); return; }
      replace(list, page.items.map((item) => reviewItem(item, status, progress)));
      select(list.firstElementChild);
    } catch (err) {
      replace(list, message('error', err.message, 'review-error'));
    }
  },
};

const pick = (params) => Object.fromEntries(FILTERS.map((k) => [k, params[k]]).filter(([, v]) => v));

async function showProgress(node) {
  try {
    const [u, a, r] = await Promise.all(['unreviewed', 'accepted', 'rejected'].map((state) => api.review({ state, limit: 1 })));
    node.textContent = t('review.progress', { n: a.total + r.total, m: u.total + a.total + r.total });
  } catch (err) {
    node.textContent = err.message;
  }
}

function tokenBox() {
  if (token()) {
    return el('p', { id: 'review-token-set', class: 'small' }, el('button', { type: 'button', id: 'review-forget-token',
      text: t('review.forgetToken'), on: { click: (e) => { forgetReviewToken(); e.target.closest('p').replaceWith(tokenBox()); } } }));
  }
  const input = el('input', { id: 'review-token', type: 'password', autocomplete: 'off', 'aria-label': t('review.token') });
  return el('form', { id: 'review-token-form', class: 'review-token', on: { submit: (e) => {
    e.preventDefault();
    if (input.value.trim()) { setReviewToken(input.value.trim()); e.target.replaceWith(tokenBox()); }
  } } }, el('label', {}, t('review.token'), ' ', input), ' ', el('button', { type: 'submit', text: t('review.useToken') }),
  el('p', { class: 'muted small', text: t('review.tokenHelp') }));
}

function filterForm(params) {
  const field = (key, control) => el('label', {}, t(`review.${key}`), ' ', control);
  const state = el('select', { id: 'review-filter-state', name: 'state' },
    STATES.map((s) => el('option', { value: s, selected: (params.state || 'unreviewed') === s, text: t(`review.state.${s}`) })));
  const type = el('select', { id: 'review-filter-type', name: 'type' }, el('option', { value: '', text: t('review.anyType') }),
    TYPES.map((s) => el('option', { value: s, selected: params.type === s, text: s })));
  const input = (key, size) => el('input', { id: `review-filter-${key}`, name: key, value: params[key] || '', size });
  return el('form', { id: 'review-filters', class: 'review-filters', on: { submit: (e) => {
    e.preventDefault();
    const values = Object.fromEntries(new FormData(e.target).entries());
    navigate(href('review', values));
  } } }, field('state', state), ' ', field('type', type), ' ', field('document', input('document', 8)), ' ',
  field('minConfidence', input('minConfidence', 4)), ' ', field('maxConfidence', input('maxConfidence', 4)), ' ',
  el('button', { type: 'submit', text: t('review.apply') }));
}

function end(e) {
  return el('span', { class: 'review-end' }, el('a', { href: href(['entity', e.id]), text: name(e) || e.id }),
    e.origin === 'discovered' ? el('span', { class: 'badge badge-discovered', text: t('review.discovered') }) : null);
}

/** The passage with the quote marked, all as text nodes. */
function passage(ev) {
  const text = ev.passageText || ev.quote || '';
  const at = ev.quote ? text.indexOf(ev.quote) : -1;
  const body = at < 0 ? [text] : [text.slice(0, at), el('mark', { class: 'review-quote', text: ev.quote }), text.slice(at + ev.quote.length)];
  return el('blockquote', { class: 'review-passage' }, body,
    el('footer', { class: 'muted small' }, el('a', { href: href(['document', ev.documentId], { passage: ev.passageId }), text: `${ev.documentId} ¶${ev.para || '?'}` })));
}

function reviewItem(item, status, progress) {
  const note = el('input', { class: 'review-note', placeholder: t('review.note'), 'aria-label': t('review.note') });
  const state = el('span', { class: `review-state review-${item.review.state}`, text: t(`review.state.${item.review.state}`) });
  const li = el('li', { class: 'review-item', tabindex: '-1', dataset: { relationId: item.id }, on: { click: () => select(li) } },
    el('div', { class: 'review-fact' }, end(item.subject), ' ', el('code', { text: item.type }), ' ', end(item.object), ' ',
      el('span', { class: 'muted small', text: [item.status, item.method, item.confidence != null ? t('review.confidence', { c: item.confidence }) : null].filter(Boolean).join(' · ') }),
      ' ', state, item.review.by ? el('span', { class: 'muted small', text: ` ${item.review.by} ${item.review.at || ''}` }) : null),
    item.evidence.map(passage));
  const decide = async (decision) => {
    if (!token()) { replace(status, message('error', t('review.needToken'), 'review-need-token')); return; }
    try {
      await api.judgeRelation(item.id, decision, note.value.trim() || undefined, token());
      li.dataset.decided = decision;
      state.className = `review-state review-${decision === 'accept' ? 'accepted' : 'rejected'}`;
      state.textContent = t(`review.state.${decision === 'accept' ? 'accepted' : 'rejected'}`);
      replace(status);
      showProgress(progress);
      select(li.nextElementSibling || li);
    } catch (err) {
      replace(status, message('error', err.message, 'review-judge-error'));
    }
  };
  const correction = correctForm(item, status);
  li.append(el('div', { class: 'review-actions' },
    el('button', { type: 'button', class: 'review-accept', text: t('review.accept'), on: { click: () => decide('accept') } }), ' ',
    el('button', { type: 'button', class: 'review-reject', text: t('review.reject'), on: { click: () => decide('reject') } }), ' ',
    el('button', { type: 'button', class: 'review-correct', text: t('review.correct'), on: { click: () => { correction.hidden = !correction.hidden; } } }),
    ' ', note), correction);
  li.decide = decide;
  return li;
}

function correctForm(item, status) {
  const ev = item.evidence[0] || {};
  const input = (key, value) => el('label', {}, t(`review.${key}`), ' ', el('input', { name: key, value: value || '' }));
  const type = el('select', { name: 'type' }, TYPES.map((s) => el('option', { value: s, selected: s === item.type, text: s })));
  return el('form', { class: 'review-correction', hidden: true, on: { submit: async (e) => {
    e.preventDefault();
    if (!token()) { replace(status, message('error', t('review.needToken'), 'review-need-token')); return; }
    const f = Object.fromEntries(new FormData(e.target).entries());
    try {
      await api.addRelation({ ...f, replaces: item.id, status: item.status || undefined }, token());
      e.target.hidden = true;
      e.target.closest('.review-item').dataset.decided = 'correct';
      replace(status);
    } catch (err) {
      replace(status, message('error', err.message, 'review-correct-error'));
    }
  } } }, el('p', { class: 'small', text: t('review.correctTitle') }), input('subject', item.subject.id), ' ',
  el('label', {}, t('review.type'), ' ', type), ' ', input('object', item.object.id), ' ', input('documentId', ev.documentId), ' ',
  input('quote', ev.quote), ' ', el('button', { type: 'submit', text: t('review.save') }));
}

function select(li) {
  if (!li) return;
  document.querySelectorAll('.review-item.selected').forEach((n) => n.classList.remove('selected'));
  li.classList.add('selected');
  li.focus({ preventScroll: true });
  li.scrollIntoView({ block: 'nearest' });
}

function onKey(e) {
  if (!document.getElementById('review-page') || e.ctrlKey || e.metaKey || e.altKey) return;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(e.target.tagName)) return;
  const current = document.querySelector('.review-item.selected');
  if (!current) return;
  if (e.key === 'j') select(current.nextElementSibling);
  else if (e.key === 'k') select(current.previousElementSibling);
  else if (e.key === 'a') current.decide('accept');
  else if (e.key === 'r') current.decide('reject');
  else return;
  e.preventDefault();
}
