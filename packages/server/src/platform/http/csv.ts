/**
 * CSV for exports (RFC 4180): every field quoted when needed, CRLF line ends, a byte-order mark so that
 * spreadsheet programs read Arabic names as UTF-8. Cells starting with = + - @ are prefixed with a quote so a
 * spreadsheet never runs them as formulas (CSV injection).
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
