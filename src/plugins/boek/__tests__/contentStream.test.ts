import {describe, expect, it} from 'vitest';
import {hasUnmarkedPainting, markArtifacts, parseOps} from '../server/contentStream';

// Shaped like Chromium's output: the @page footer first, unmarked; then the tagged text.
const PAGE = `q
BT /F8 12 Tf 1 0 0 -1 720 1085 Tm <0015> Tj ET
Q
q 212.5 237.5 2055 3011 re W* n
/P <</MCID 0 >>BDC
BT /F4 32 Tf (Tekst met \\) haakje en EMC erin) Tj ET
EMC
Q`;

describe('content stream artifacts', () => {
  it('reads operators, not the words inside strings', () => {
    expect(parseOps(PAGE).map((o) => o.operator)).toEqual([
      'q',
      'BT',
      'Tf',
      'Tm',
      'Tj',
      'ET',
      'Q',
      'q',
      're',
      'W*',
      'n',
      'BDC',
      'BT',
      'Tf',
      'Tj',
      'ET',
      'EMC',
      'Q',
    ]);
  });

  it('finds the unmarked footer and wraps it as an artifact, leaving the tagged text alone', () => {
    expect(hasUnmarkedPainting(PAGE)).toBe(true);
    const {text, wrapped} = markArtifacts(PAGE);
    expect(wrapped).toBe(1);
    expect(text.startsWith('/Artifact BMC\nq\nBT')).toBe(true);
    expect(text).toContain('/P <</MCID 0 >>BDC');
    expect(hasUnmarkedPainting(text)).toBe(false);
  });

  it('leaves a fully tagged page as it is', () => {
    const tagged = '/P <</MCID 0>> BDC BT (a) Tj ET EMC';
    expect(markArtifacts(tagged)).toEqual({text: tagged, wrapped: 0});
  });

  it('keeps a ligature span inside unmarked text as part of that artifact', () => {
    const {text, wrapped} = markArtifacts('BT (re) Tj /Span <</ActualText (fl) >> BDC <0CF4> Tj EMC (ecteren) Tj ET');
    expect(wrapped).toBe(1);
    expect(text).toBe('/Artifact BMC\nBT (re) Tj /Span <</ActualText (fl) >> BDC <0CF4> Tj EMC (ecteren) Tj ET\nEMC');
    expect(hasUnmarkedPainting(text)).toBe(false);
  });

  it('fails closed when a text object starts in marked content and ends outside it', () => {
    expect(() => markArtifacts('/P <</MCID 0>> BDC BT (a) Tj EMC (b) Tj ET')).toThrow(/midden in een tekstblok/);
  });
});
