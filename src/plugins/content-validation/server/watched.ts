/** What `npm start` watches to check the content again: every page and data file the check reads. */
import path from 'node:path';

export const CONTENT_DIRS = ['docs', 'versioned_docs', 'blog', 'i18n'] as const;

export function watchedContent(siteDir: string): string[] {
  return [...CONTENT_DIRS.map((d) => path.join(siteDir, d, '**/*.{md,mdx,yml}')), path.join(siteDir, 'src/data/*')];
}
