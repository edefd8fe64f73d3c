/**
 * Everything the content check reports: front matter, Markdown, references,
 * the glossary (loadContent), the content rules and the search's everyday-words
 * list (zoekwoorden.ts), in one sorted list. The
 * build's content-validation plugin and `npm run check` both call this, so
 * they report the same problems in the same words.
 */
import {runRules, type CheckOptions} from './rules';
import {sortProblems, type Problem} from './problems';
import {collectContentFiles, loadContent, type ContentSite} from './validate';
import {readZoekwoorden} from './zoekwoorden';

/** Checks the site's content; `collected` replaces what is read from disk (tests, the web editor's preview). */
export async function checkSite(
  siteDir: string,
  options: CheckOptions = {},
  collected = collectContentFiles(siteDir),
): Promise<{site: ContentSite; problems: Problem[]}> {
  const site = await loadContent(siteDir, collected);
  const zoekwoorden = readZoekwoorden(siteDir).problems;
  return {site, problems: sortProblems([...site.problems, ...runRules(site, options), ...zoekwoorden])};
}
