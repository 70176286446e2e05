// The upload box of the Documents page: files come by drag and drop or the file picker, the admin token is asked
// once per tab (sessionStorage), each file shows its upload progress and then what the server made of it.
import { el, replace, message } from '../dom.js';
import { api } from '../api.js';
import { href } from '../router.js';
import { t } from '../i18n.js';

const TOKEN_KEY = 'synergraph.adminToken';
const ACCEPT = '.pdf,.docx,.html,.htm,.txt,.md';

const storedToken = () => { try { return sessionStorage.getItem(TOKEN_KEY) || ''; } catch { return ''; } };
const storeToken = (token) => { try { sessionStorage.setItem(TOKEN_KEY, token); } catch { /* private mode: asked again */ } };
const forgetToken = () => { try { sessionStorage.removeItem(TOKEN_KEY); } catch { /* nothing stored */ } };

/** The upload box; `onIngested()` is called after each document the server wrote. */
export function uploadBox({ onIngested } = {}) {
  let token = storedToken();
  let pending = [];
  const list = el('ul', { id: 'upload-list', class: 'upload-list' });
  const tokenArea = el('div', { id: 'upload-token-area' });
  const picker = el('input', { id: 'upload-input', type: 'file', multiple: true, accept: ACCEPT,
    on: { change: () => { take([...picker.files]); picker.value = ''; } } });
  const zone = el('label', { id: 'upload-zone', class: 'upload-zone', for: 'upload-input' },
    el('span', { class: 'upload-hint', text: t('upload.hint') }), picker);
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('dragging'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('dragging');
    take([...(e.dataTransfer ? e.dataTransfer.files : [])]);
  });

  function take(files) {
    if (!files.length) return;
    if (!token) { pending.push(...files); askToken(); return; }
    files.forEach(send);
  }

  function askToken(reason) {
    const input = el('input', { id: 'upload-token', type: 'password', autocomplete: 'off', 'aria-label': t('upload.token') });
    const form = el('form', { id: 'upload-token-form', class: 'upload-token-form', on: { submit: (e) => {
      e.preventDefault();
      if (!input.value.trim()) return;
      token = input.value.trim();
      storeToken(token);
      showTokenSet();
      const files = pending;
      pending = [];
      files.forEach(send);
    } } },
    el('label', { for: 'upload-token', text: t('upload.token') }), ' ', input, ' ',
    el('button', { id: 'upload-token-save', type: 'submit', text: t('upload.tokenSave') }),
    reason ? message('error', reason, 'upload-token-error') : el('p', { class: 'muted small', text: t('upload.tokenHint') }));
    replace(tokenArea, form);
    input.focus();
  }

  function showTokenSet() {
    replace(tokenArea, el('p', { class: 'muted small' }, t('upload.tokenSet'), ' ',
      el('button', { id: 'upload-token-forget', type: 'button', class: 'link-button', text: t('upload.tokenForget'),
        on: { click: () => { token = ''; forgetToken(); replace(tokenArea); } } })));
  }

  async function send(file) {
    const bar = el('progress', { class: 'upload-progress', max: '100', value: '0', 'aria-label': file.name });
    const status = el('span', { class: 'upload-status muted small', 'data-testid': 'upload-status', text: t('upload.sending') });
    const item = el('li', { class: 'upload-item', 'data-testid': 'upload-item', dataset: { file: file.name } },
      el('span', { class: 'upload-name', text: file.name }), ' ', bar, ' ', status);
    list.prepend(item);
    try {
      const outcome = await api.upload(file, token, {
        onProgress: (sent, total) => { bar.value = total ? Math.round((sent * 100) / total) : 100; },
      });
      bar.value = 100;
      item.classList.add('done');
      replace(status, el('span', { class: 'upload-counts', 'data-testid': 'upload-counts', text: t(outcome.changed ? 'upload.counts' : 'upload.unchanged', {
        passages: outcome.passages, mentions: outcome.mentions, relations: outcome.relations, entities: outcome.newEntities ?? 0 }) }),
      ' ', el('a', { class: 'upload-open', href: href(['document', outcome.documentId]), text: t('upload.open') }));
      if (outcome.changed && onIngested) onIngested(outcome);
    } catch (err) {
      item.classList.add('failed');
      replace(status, message('error', err.message, 'upload-error'));
      if (err.status === 401) { token = ''; forgetToken(); pending.push(file); askToken(err.message); }
    }
  }

  if (token) showTokenSet();
  return el('section', { id: 'upload', class: 'upload', 'aria-label': t('upload.title') },
    el('h2', { text: t('upload.title') }), zone, tokenArea, list);
}
