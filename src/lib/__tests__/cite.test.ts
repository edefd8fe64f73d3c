import {describe, expect, it} from 'vitest';
import {apaDate, citationParts, formatApa} from '../cite';

const base = {
  title: 'Houding',
  siteName: 'Kennisbank Gedeeld Opvoederschap',
  url: 'https://kennisbank.example/handleiding/houding',
  edition: 'Editie 2024',
  date: Date.UTC(2026, 10, 22, 23, 30),
};

describe('formatApa', () => {
  it('formats a doc page with edition and date in Dutch', () => {
    expect(formatApa({...base, locale: 'nl'})).toBe(
      'Redactie Kennisbank Gedeeld Opvoederschap. (2026, 22 november). Houding (Editie 2024). Kennisbank Gedeeld Opvoederschap. https://kennisbank.example/handleiding/houding',
    );
  });

  it('formats in English with month before day', () => {
    expect(formatApa({...base, locale: 'en', edition: 'Edition 2021 (pilot)'})).toBe(
      'Editors of Kennisbank Gedeeld Opvoederschap. (2026, November 22). Houding (Edition 2021 (pilot)). Kennisbank Gedeeld Opvoederschap. https://kennisbank.example/handleiding/houding',
    );
  });

  it('leaves out the edition for blog posts and keeps a title ending in a question mark', () => {
    expect(formatApa({...base, title: 'Wat is gedeeld opvoederschap?', edition: undefined, locale: 'nl'})).toBe(
      'Redactie Kennisbank Gedeeld Opvoederschap. (2026, 22 november). Wat is gedeeld opvoederschap? Kennisbank Gedeeld Opvoederschap. https://kennisbank.example/handleiding/houding',
    );
  });

  it('says "z.d." / "n.d." when the date is unknown or invalid', () => {
    expect(apaDate(undefined, 'nl')).toBe('(z.d.)');
    expect(apaDate('geen datum', 'en')).toBe('(n.d.)');
    expect(apaDate('2021-03-01', 'nl')).toBe('(2021, 1 maart)');
  });

  it('uses UTC, so the date does not depend on the build machine', () => {
    expect(citationParts({...base, locale: 'nl'}).date).toBe('(2026, 22 november)');
    expect(apaDate('2025-12-31T23:30:00Z', 'nl')).toBe('(2025, 31 december)');
  });

  it.each([
    ['01', 'januari', 'January'],
    ['02', 'februari', 'February'],
    ['03', 'maart', 'March'],
    ['04', 'april', 'April'],
    ['05', 'mei', 'May'],
    ['06', 'juni', 'June'],
    ['07', 'juli', 'July'],
    ['08', 'augustus', 'August'],
    ['09', 'september', 'September'],
    ['10', 'oktober', 'October'],
    ['11', 'november', 'November'],
    ['12', 'december', 'December'],
  ])('month %s: "%s" in Dutch, "%s" in English (APA order)', (month, nl, en) => {
    expect(apaDate(`2024-${month}-09`, 'nl')).toBe(`(2024, 9 ${nl})`);
    expect(apaDate(`2024-${month}-09`, 'en')).toBe(`(2024, ${en} 9)`);
  });
});
