import {describe, expect, it} from 'vitest';
import {markdownSections} from '../server/markdown';

describe('markdownSections', () => {
  it('takes explicit heading ids in both the Markdown and the .mdx comment form', () => {
    const anchors = markdownSections(
      'Intro.\n\n## Gastvrij {/* #gastvrij */}\n\nTekst.\n\n## Drie sporen {/* #sporen */}\n\nMeer.\n\n### Zonder id\n\nNog meer.',
      'mdx',
    )
      .map((s) => s.anchor)
      .filter(Boolean);
    expect(anchors).toEqual(['gastvrij', 'sporen', 'zonder-id']);
  });
});
