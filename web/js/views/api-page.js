// The API page: the server's health and counts, and the JSON endpoints the explorer uses.
import { el, replace, message } from '../dom.js';
import { api, endpoints } from '../api.js';
import { t } from '../i18n.js';

export const apiPage = {
  layout: 'page',
  nav: 'api',
  async enter(route, { pagePane }) {
    const health = el('div', { id: 'api-health' }, message('loading', t('state.loading')));
    replace(pagePane, el('div', { class: 'page' },
      el('h1', { text: t('api.title') }),
      el('p', { class: 'muted', text: t('api.intro') }),
      health,
      el('div', { class: 'table-wrap' }, el('table', { class: 'data-table', id: 'api-endpoints' },
        el('thead', {}, el('tr', {}, el('th', { text: t('api.method') }), el('th', { text: t('api.path') }), el('th', { text: t('api.what') }))),
        el('tbody', {}, endpoints.map(([method, path, key, example]) => el('tr', {},
          el('td', {}, el('code', { text: method })),
          el('td', {}, example ? el('a', { href: example, target: '_blank', rel: 'noopener' }, el('code', { text: path })) : el('code', { text: path })),
          el('td', { text: t(key) }))))))));
    try {
      const h = await api.health();
      const c = h.counts || {};
      replace(health, el('dl', { class: 'stats' },
        [['api.status', h.status], ['api.mode', h.mode], ['api.entities', c.entities], ['api.documents', c.documents],
          ['api.passages', c.passages], ['api.nodes', c.nodes], ['api.relationships', c.relationships]]
          .filter(([, v]) => v !== undefined && v !== null)
          .map(([k, v]) => el('div', {}, el('dt', { text: t(k) }), el('dd', { text: String(v) })))));
    } catch (err) {
      replace(health, message('error', err.message, 'health-error'));
    }
  },
};
