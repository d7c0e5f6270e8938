import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CsvError, formatCsv, parseCsv } from '../../lib/stance/train/parse-csv.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/fnc1-small/${name}`, import.meta.url), 'utf8');

describe('parseCsv', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const text = 'a,b,c\n"x, y","say ""hi""","line1\nline2\r\nline3"\nplain,,last\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line1\nline2\r\nline3'],
      ['plain', '', 'last'],
    ]);
  });

  it('accepts CRLF line ends, a byte-order mark and a missing final line break', () => {
    expect(parseCsv('\ufeffh1,h2\r\n1,"2"\r\n3,4')).toEqual([
      ['h1', 'h2'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps an empty quoted field and a trailing empty field', () => {
    expect(parseCsv('"",a,\n')).toEqual([['', 'a', '']]);
  });

  it('rejects a quote that never closes, naming the row', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(CsvError);
    expect(() => parseCsv('a,b\n1,"open\n')).toThrow(/row 2/);
  });

  it('rejects text glued after a closing quote', () => {
    expect(() => parseCsv('"a"b,c\n')).toThrow(CsvError);
  });

  it('reads the real FNC-1 bodies fixture: one header and six records despite multi-line bodies', () => {
    const rows = parseCsv(fixture('train_bodies.csv'));
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => r.length === 2)).toBe(true);
    expect(rows.slice(1).some((r) => r[1]!.includes('\n') && r[1]!.includes('"'))).toBe(true);
  });

  it('round-trips through formatCsv on the real stances fixture', () => {
    const rows = parseCsv(fixture('train_stances.csv'));
    expect(parseCsv(formatCsv(rows))).toEqual(rows);
  });

  it('quotes only fields that need it', () => {
    expect(formatCsv([['a', 'b,c', 'd"e', 'f\ng']])).toBe('a,"b,c","d""e","f\ng"\n');
  });
});
