/**
 * A kenniscafé post shows its first part on the list of kenniscafés and the
 * rest on its own page; `<!-- truncate -->` marks where. Docusaurus refuses a
 * post without it (onUntruncatedBlogPosts: 'throw'), so the check says so first.
 */
import type {Nodes} from 'mdast';
import {visit} from 'unist-util-visit';
import {problem, type Rule} from './types';

const NAME = 'kenniscafe';
const TRUNCATE = /^(?:<!--\s*truncate\s*-->|\{\/\*\s*truncate\s*\*\/\})$/;

export const kenniscafe: Rule = {
  name: NAME,
  appliesTo: (f) => f.kind === 'blog',
  check(f) {
    let found = false;
    visit(f.tree, (n: Nodes) => {
      if (
        (n.type === 'html' && TRUNCATE.test(n.value.trim())) ||
        (n.type === 'mdxFlowExpression' && /^\s*\/\*\s*truncate\s*\*\/\s*$/.test(n.value))
      ) {
        found = true;
      }
    });
    if (found) return [];
    const first = f.tree.children.find((c) => c.type !== 'yaml' && c.type !== 'mdxjsEsm');
    return [
      problem(
        f,
        first?.position?.end.line ?? 1,
        NAME,
        `de regel ${f.file.endsWith('.mdx') ? '{/* truncate */}' : '<!-- truncate -->'} ontbreekt. Zet hem op een eigen regel na de eerste alinea: wat erboven staat, komt in het overzicht van kenniscafés.`,
      ),
    ];
  },
};
