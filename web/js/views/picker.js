// An entity picker: a text input that holds an entity id, filled by typing an id or choosing a suggestion;
// the chosen entity's name is shown beside it.
import { el } from '../dom.js';
import { t, name } from '../i18n.js';
import { attachSuggestions } from './search.js';

/** Creates a labelled picker; returns { root, input, get(), set(id, entity) }. onPick(result) is optional. */
export function entityPicker({ id, label, onPick, clearOnPick = false }) {
  const input = el('input', { id, type: 'text', autocomplete: 'off', spellcheck: 'false', role: 'combobox',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', placeholder: t('picker.placeholder') });
  const chosen = el('span', { class: 'picked-name muted small', id: `${id}-name` });
  const root = el('div', { class: 'picker field' }, el('label', { for: id, text: label }), input, chosen);
  attachSuggestions(input, {
    onPick: (r) => {
      if (clearOnPick) input.value = ''; else { input.value = r.id; chosen.textContent = name(r); }
      if (onPick) onPick(r);
    },
  });
  input.addEventListener('input', () => { chosen.textContent = ''; });
  return {
    root, input,
    get: () => input.value.trim(),
    set(value, entity) { input.value = value || ''; chosen.textContent = entity ? name(entity) : ''; },
  };
}
