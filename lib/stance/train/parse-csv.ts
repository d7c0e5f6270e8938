/**
 * RFC 4180 CSV reading and writing: quoted fields may hold commas, doubled quotes and line breaks.
 * FNC-1 bodies are multi-paragraph text, so a line-based split would cut records in half.
 */

/** Thrown when the text is not well-formed CSV (e.g. a quote that never closes). */
export class CsvError extends Error {
  override name = 'CsvError';
}

/**
 * Parses CSV text into rows of fields. Accepts LF or CRLF line ends and a leading byte-order mark;
 * a trailing line break does not produce an empty row.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  // True when the current field has started with an opening quote and it has been closed.
  let quotedField = false;
  let fieldStarted = false;
  while (i < n) {
    const c = text[i]!;
    if (c === '"' && !fieldStarted) {
      // Quoted field: read to the closing quote, "" stands for one quote.
      fieldStarted = true;
      quotedField = true;
      i++;
      for (;;) {
        if (i >= n) throw new CsvError(`unterminated quoted field in row ${rows.length + 1}`);
        const q = text.indexOf('"', i);
        if (q < 0) throw new CsvError(`unterminated quoted field in row ${rows.length + 1}`);
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      continue;
    }
    if (c === ',') {
      row.push(field);
      field = '';
      fieldStarted = false;
      quotedField = false;
      i++;
      continue;
    }
    if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
      quotedField = false;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (quotedField) throw new CsvError(`text after a closing quote in row ${rows.length + 1}`);
    // Unquoted run: copy up to the next delimiter in one slice (bodies are long).
    let j = i;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 44 || d === 10 || d === 13) break;
      j++;
    }
    field += text.slice(i, j);
    fieldStarted = true;
    i = j;
  }
  if (fieldStarted || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Quotes a field when it holds a comma, quote or line break (and only then, like most CSV writers). */
function formatField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Formats rows as CSV text with LF line ends and a final line break. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(formatField).join(',')).join('\n') + '\n';
}
