// Interface language (English default, 中文 optional), remembered in localStorage.
// Entity names follow the same choice, falling back to the other language and then to the id.
import { STRINGS } from './strings.js';

const KEY = 'synergraph.lang';
const listeners = new Set();
let lang = readStored();

function readStored() {
  try { return localStorage.getItem(KEY) === 'zh' ? 'zh' : 'en'; } catch { return 'en'; }
}

export const getLang = () => lang;

export function setLang(next) {
  lang = next === 'zh' ? 'zh' : 'en';
  try { localStorage.setItem(KEY, lang); } catch { /* private mode: the choice lasts for this page only */ }
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  applyStatic();
  listeners.forEach((fn) => fn(lang));
}

export const onLangChange = (fn) => listeners.add(fn);

/** The interface string for `key`, with {name} placeholders filled from `vars`. */
export function t(key, vars = {}) {
  const template = (STRINGS[lang] && STRINGS[lang][key]) ?? STRINGS.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

/** An entity's name in the current language. */
export function name(entity) {
  if (!entity) return '';
  const [first, second] = lang === 'zh' ? [entity.nameZh, entity.nameEn] : [entity.nameEn, entity.nameZh];
  return first || second || entity.id || '';
}

/** An entity's name in the other language, or '' when it is missing or the same. */
export function otherName(entity) {
  if (!entity) return '';
  const other = lang === 'zh' ? entity.nameEn : entity.nameZh;
  return other && other !== name(entity) ? other : '';
}

export const typeName = (type) => t(`type.${type}`) === `type.${type}` ? type : t(`type.${type}`);
export const relationName = (type) => t(`rel.${type}`) === `rel.${type}` ? type : t(`rel.${type}`);

/** Fills elements marked data-i18n / data-i18n-placeholder / data-i18n-title under `root`. */
export function applyStatic(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((n) => { n.textContent = t(n.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((n) => { n.placeholder = t(n.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-title]').forEach((n) => { n.title = t(n.dataset.i18nTitle); });
  const toggle = document.getElementById('lang-toggle');
  if (toggle) {
    toggle.textContent = lang === 'zh' ? 'English' : '中文';
    toggle.setAttribute('aria-label', t('lang.switch'));
  }
}
