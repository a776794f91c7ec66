import { describe, expect, it } from 'vitest';
import { fitsStandardFonts } from './pdfFonts';

describe('fitsStandardFonts', () => {
  it('accepts English, accented Latin-1 and Windows-1252 punctuation', () => {
    expect(fitsStandardFonts('Café society – “trust” between partners… £5 €10')).toBe(true);
  });

  it('refuses what Helvetica cannot show: Welsh ŵ and ŷ, Polish, Greek, arrows', () => {
    for (const text of ['Gwasanaethau ŵyr', 'ŷd', 'Łódź', 'Ω', 'a → b']) expect(fitsStandardFonts(text)).toBe(false);
  });
});
