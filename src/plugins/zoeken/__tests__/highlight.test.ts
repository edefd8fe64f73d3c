import {renderToStaticMarkup} from 'react-dom/server';
import {createElement} from 'react';
import {describe, expect, it} from 'vitest';
import {highlight, snippet} from '../shared/highlight';
import {encodeQuery} from '../shared/encoder';
import Highlighted from '../client/Highlighted';

describe('highlight', () => {
  it('marks words that match the query stems, across diacritics and inflection', () => {
    const pieces = highlight('Een geïnteresseerde houding naar ouders.', encodeQuery('geinteresseerd ouder'));
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['geïnteresseerde', 'ouders']);
    expect(pieces.map((p) => p.text).join('')).toBe('Een geïnteresseerde houding naar ouders.');
  });
  it('marks compounds that contain the word', () => {
    expect(highlight('gezinshuisouders', ['ouder']).filter((p) => p.mark)).toHaveLength(1);
  });
  it('keeps <script> as text: rendering escapes it', () => {
    const pieces = highlight('<script>alert("ouder")</script>', ['ouder']);
    const html = renderToStaticMarkup(createElement(Highlighted, {pieces}));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<mark>ouder</mark>');
  });
});

describe('snippet', () => {
  const long = `${'woord '.repeat(60)}hier staat de sensitief begrenzen uitleg ${'rest '.repeat(60)}`;
  it('shows a window around the first match with ellipses', () => {
    const text = snippet(long, encodeQuery('begrenzen'), 80)
      .map((p) => p.text)
      .join('');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('begrenzen');
    expect(text.length).toBeLessThan(100);
  });
});
