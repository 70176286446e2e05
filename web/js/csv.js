// CSV built in the browser (RFC 4180 quoting; a leading BOM so spreadsheet programs read Chinese correctly).
// Cells that a spreadsheet would run as a formula (= + - @ at the start) get a leading apostrophe.

const cell = (value) => {
  let s = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Turns a header row and data rows into CSV text. */
export function toCsv(header, rows) {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
