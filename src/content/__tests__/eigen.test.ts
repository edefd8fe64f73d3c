/** npm run check in a pull request: her own files first, placed in the form, other pages' warnings on request. */
import {describe, expect, it} from 'vitest';
import {bodyStartLine, ownFirst, placeInForm} from '../eigen';
import {unknownTermMessage} from '../glossary';
import type {Problem} from '../problems';

const raw = '---\ntitle: x\nbronnen:\n  - bron: a\n---\n\nEerste alinea.\n\nTweede met [[fout]].\n';

describe('eigen', () => {
  it('places a body problem as a line of the Tekst field (guard: file line 9 is Tekst line 4)', () => {
    expect(bodyStartLine(raw)).toBe(6);
    expect(placeInForm({file: 'blog/x.md', line: 9, message: 'm'}, raw)).toBe('in het veld Tekst, regel 4');
    expect(placeInForm({file: 'blog/x.md', line: 2, field: 'title', message: 'm'}, raw)).toBeUndefined();
    expect(placeInForm({file: 'src/data/bronnen/a.yml', line: 2, message: 'm'}, 'a: b')).toBeUndefined();
  });

  it('puts her own files first and hides other pages’ warnings unless asked', () => {
    const p = (file: string, severity?: Problem['severity']): Problem => ({file, line: 1, message: file, severity});
    const problems = [
      p('docs/a.md', 'waarschuwing'),
      p('docs/b.md'),
      p('blog/mijn.md'),
      p('blog/mijn.md', 'waarschuwing'),
    ];
    const r = ownFirst(problems, new Set(['blog/mijn.md']), false);
    expect(r.own.map((x) => x.file)).toEqual(['blog/mijn.md', 'blog/mijn.md']);
    expect(r.others.map((x) => x.file)).toEqual(['docs/b.md']);
    expect(r.hiddenWarnings).toBe(1);
    expect(ownFirst(problems, new Set(['blog/mijn.md']), true).others).toHaveLength(2);
  });

  it('names an edition as readers know it, not by its internal name', () => {
    const m = unknownTermMessage('zwembad', 'current', {terms: []});
    expect(m).not.toMatch(/current/);
    expect(m).toContain('Editie 2024');
  });
});
