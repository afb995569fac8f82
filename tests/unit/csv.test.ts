import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../shared/csv.ts';

describe('CSV export', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv(['a', 'b'], [['1', '2']]);
    expect(csv).toBe('\uFEFFa,b\r\n1,2\r\n');
  });

  it('quotes commas, quotes, semicolons and line breaks', () => {
    expect(csvCell('Ташкент, "IT Park"')).toBe('"Ташкент, ""IT Park"""');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('Әлия Нұрланқызы')).toBe('Әлия Нұрланқызы');
  });

  it.each(['=1+1', '+49 30 1234', '-2', '@SUM(A1)', '\t=cmd', '\r=cmd'])(
    'keeps %j from running as a formula',
    (value) => {
      expect(csvCell(value).replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );
});
