import {describe, expect, it} from 'vitest';
import {currentOfTwin, pinSegment, twinSitemapPatterns} from '../shared/vastPad';

describe('vastPad helpers', () => {
  it('turn the pinned path into a segment below a base URL', () => {
    expect(pinSegment('/2024')).toBe('2024/');
  });
  it('find the current page of a twin, and nothing for other paths', () => {
    expect(currentOfTwin('2024/handleiding/houding', '/2024')).toBe('handleiding/houding');
    expect(currentOfTwin('2024', '/2024')).toBe('');
    expect(currentOfTwin('2021/handleiding', '/2024')).toBeUndefined();
    expect(currentOfTwin('20240/x', '/2024')).toBeUndefined();
  });
  it('leave the twins of every locale out of the sitemap, below the base URL', () => {
    expect(twinSitemapPatterns('/kennisbank/', '/2024', ['', '/en'])).toEqual([
      '/kennisbank/2024/**',
      '/kennisbank/en/2024/**',
    ]);
    expect(twinSitemapPatterns('/', '/2024', [''])).toEqual(['/2024/**']);
  });
});
