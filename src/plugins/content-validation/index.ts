/**
 * Fails the build (and `npm start`) with every front-matter problem at once,
 * in Dutch, naming file, line and field, before Docusaurus gets to render a
 * half-valid page. The checks themselves live in src/content/validate.ts.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {formatProblems, validateSite} from '../../content/validate';

export default function contentValidationPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'content-validation',
    getPathsToWatch() {
      return ['docs', 'versioned_docs', 'blog'].map((d) => path.join(context.siteDir, d, '**/*.{md,mdx,yml}'));
    },
    async loadContent() {
      const problems = validateSite(context.siteDir);
      if (problems.length > 0) {
        throw new Error(formatProblems(problems));
      }
    },
  };
}
