// A country's synergy profile: every convention, initiative, organisation and funder linked to it, by type.
import { el } from '../dom.js';
import { t, name } from '../i18n.js';
import { entityLink, relationTag, statusTag } from './common.js';

const LONG = 15; // longer groups start folded
const ORDER = ['Convention', 'Initiative', 'Organisation', 'Funder', 'Region', 'Country'];

/** Builds the profile section from the country's relations. */
export function synergyProfile(relations) {
  const groups = new Map(ORDER.map((k) => [k, new Map()]));
  for (const r of relations) {
    const other = r.other;
    if (!other) continue;
    const keys = [other.type];
    if (r.type === 'FUNDS') keys.push('Funder');
    for (const key of keys) {
      if (!groups.has(key)) groups.set(key, new Map());
      const byId = groups.get(key);
      const entry = byId.get(other.id) || { other, links: [] };
      entry.links.push(r);
      byId.set(other.id, entry);
    }
  }
  const section = el('section', { class: 'panel-section profile', id: 'synergy-profile', 'data-testid': 'synergy-profile' },
    el('h3', { text: t('profile.title') }), el('p', { class: 'muted small', text: t('profile.hint') }));
  let any = false;
  for (const [key, byId] of groups) {
    if (!byId.size || key === 'Country') continue;
    any = true;
    const entries = [...byId.values()].sort((a, b) => name(a.other).localeCompare(name(b.other), undefined, { numeric: true }));
    section.append(el('details', { class: 'profile-group', 'data-profile-type': key, open: entries.length <= LONG },
      el('summary', {}, el('h4', { text: `${t(`profile.${key}`)} (${entries.length})` })),
      el('ul', { class: 'plain-list' }, entries.map(({ other, links }) => el('li', { class: 'profile-item' },
        entityLink(other), ' ',
        [...new Set(links.map((l) => l.type))].map((type) => relationTag(type)),
        links.every((l) => l.status === 'planned') ? statusTag('planned') : null)))));
  }
  if (!any) section.append(el('p', { class: 'state state-empty', text: t('profile.empty') }));
  return section;
}
