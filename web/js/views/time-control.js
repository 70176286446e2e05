// The time control: a slider over the documents' dates. Its value is an asOf date, or none at the right-hand end
// (every document counts); views keep it in the URL (?asOf=) so that a view as of a date can be shared.
import { el } from '../dom.js';
import { api, writeCount } from '../api.js';
import { t } from '../i18n.js';

let dates = { writes: -1, promise: null };

/** The documents' dates, earliest first, fetched again after a write (an upload may bring a new date). */
function documentDates() {
  if (dates.writes !== writeCount() || !dates.promise) {
    const promise = api.dates().then((d) => (d.dates || []).map((x) => x.date));
    promise.catch(() => { if (dates.promise === promise) dates = { writes: -1, promise: null }; });
    dates = { writes: writeCount(), promise };
  }
  return dates.promise;
}

/** What the control says for a position: "As of 2024" or "All documents". */
const caption = (asOf) => (asOf ? t('time.asOf', { date: asOf }) : t('time.all'));

/**
 * A labelled slider (element id `id`) over the documents' dates, standing at `asOf` (null: at the end, every
 * document). `onChange(asOf or null)` is called when the user lets go of it.
 */
export function timeControl({ id, asOf = null, onChange }) {
  const stopsList = el('datalist', { id: `${id}-dates` });
  const input = el('input', { id, type: 'range', min: '0', max: '0', step: '1', value: '0', list: `${id}-dates`,
    disabled: true, 'aria-describedby': `${id}-value` });
  const output = el('output', { id: `${id}-value`, for: id, text: caption(asOf) });
  const root = el('div', { class: 'time-control', dataset: { asOf: asOf || '' } },
    el('label', { for: id, text: t('time.label') }), input, output, stopsList);
  documentDates().then((known) => {
    const stops = asOf && !known.includes(asOf) ? [...known, asOf].sort() : [...known];
    stopsList.append(...stops.map((d, i) => el('option', { value: String(i), label: d })),
      el('option', { value: String(stops.length), label: t('time.all') }));
    const at = () => (Number(input.value) >= stops.length ? null : stops[Number(input.value)]);
    input.max = String(stops.length);
    input.value = String(asOf ? stops.indexOf(asOf) : stops.length);
    input.disabled = false;
    input.addEventListener('input', () => { output.textContent = caption(at()); });
    input.addEventListener('change', () => onChange(at()));
    root.dataset.ready = 'true';
  }, () => { root.dataset.ready = 'error'; });
  return root;
}
