/**
 * The book's React parts render inside `docusaurus build`: its CLI loads React
 * (development build, NODE_ENV unset) before the build command sets
 * NODE_ENV=production, and the book is rendered after that, in postBuild.
 * react-dom's renderer must match the React already loaded.
 */
import {afterAll, describe, expect, it, vi} from 'vitest';

const previous = await vi.hoisted(async () => {
  const env = process.env.NODE_ENV;
  await import('react');
  process.env.NODE_ENV = 'production';
  return env;
});

const {h, markup} = await import('../server/parts/render');

afterAll(() => {
  if (previous === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = previous;
});

describe('markup', () => {
  it('renders with the React build Docusaurus loaded, though NODE_ENV now says production', () => {
    expect(process.env.NODE_ENV).toBe('production');
    // A component: React calls it while rendering, and its createElement calls meet react-dom's dispatcher.
    const Part = ({text}: {text: string}) => h('p', {className: 'x'}, text);
    expect(markup(h(Part, {text: 'A & B'}))).toBe('<p class="x">A &amp; B</p>');
  });
});
