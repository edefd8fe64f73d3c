/**
 * The glossary of every docs edition, from the pages the docs plugin loaded
 * (front matter already validated and defaulted by markdown.parseFrontMatter).
 */
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {buildGlossary, type Begrip} from '../../../content/glossary';
import type {Problem} from '../../../content/problems';

/** Data file of one edition's terms (written with createData, read by the remark plugin and the A–Z page). */
export const termsFileName = (edition: string): string => `begrippen-${edition}.json`;

export function termsPerEdition(docs: DocsContent): {editions: Map<string, Begrip[]>; problems: Problem[]} {
  const editions = new Map<string, Begrip[]>();
  const problems: Problem[] = [];
  for (const v of docs.loadedVersions) {
    const sources = v.docs
      .filter((d) => d.frontMatter.type === 'begrip')
      .map((d) => ({
        file: d.source.replace(/^@site\//, ''),
        data: d.frontMatter as Record<string, unknown>,
        permalink: d.permalink,
      }));
    const g = buildGlossary(sources);
    editions.set(v.versionName, g.terms);
    problems.push(...g.problems);
  }
  return {editions, problems};
}
