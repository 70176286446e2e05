// The page for a URL that names no view.
import { el, replace } from '../dom.js';
import { t } from '../i18n.js';

export const notFound = {
  layout: 'page',
  nav: 'none',
  enter(route, { pagePane, panel }) {
    replace(pagePane, el('div', { class: 'page' },
      el('h1', { text: t('notFound.title') }),
      el('p', { class: 'state state-empty', text: t('notFound.text', { path: location.hash }) }),
      el('p', {}, el('a', { href: '#/', text: t('notFound.home') }))));
    panel.showText(t('notFound.title'), '');
  },
};
