import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('CSV export', () => {
  it('quotes, escapes, neutralises formulas and starts with a BOM', () => {
    const csv = toCsv(['a', 'b'], [['x,y', 'say "hi"'], ['=HYPERLINK("evil")', null], ['محمد', 3]]);
    expect(csv.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(csv).toContain('"x,y","say ""hi"""');
    expect(csv).toContain(`"'=HYPERLINK(""evil"")",`);
    expect(csv).toContain('محمد,3');
  });
});
