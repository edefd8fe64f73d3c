/**
 * A page with a formula imports KaTeX's stylesheet itself, so only such pages load it
 * (the paginastijl plugin keeps it out of the one stylesheet every page loads). Runs after remark-math.
 */
import type {Root} from 'mdast';
import {EXIT, visit} from 'unist-util-visit';
import {ensureSideEffectImport} from '../../shared/mdx';

export const KATEX_CSS = 'katex/dist/katex.min.css';

export function hasMath(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    if (node.type === 'math' || node.type === 'inlineMath') {
      found = true;
      return EXIT;
    }
    return undefined;
  });
  return found;
}

export default function remarkKatexCss() {
  return (tree: Root): void => {
    if (hasMath(tree)) ensureSideEffectImport(tree, KATEX_CSS);
  };
}
