/**
 * Everything the content check reports: front matter, Markdown, references,
 * the glossary (loadContent), the content rules, the freeze of editions that are no longer
 * current (errata and fingerprints), the search's everyday-words list (zoekwoorden.ts) and reader questions (zoekvragen.ts),
 * in one sorted list. The
 * build's content-validation plugin and `npm run check` both call this, so
 * they report the same problems in the same words.
 */
import {declaredPublicFiles} from '../config/publicFiles';
import type {PublicFiles} from '../urls/declared';
import {buildSiteUrls, runRules, type CheckOptions} from './rules';
import {laadSpelling, nederlandsWoordenboek} from './rules/spelling';
import {sortProblems, type Problem} from './problems';
import {collectContentFiles, loadContent, type ContentSite} from './validate';
import {editieProblemen} from './vastgezet';
import {readZoekwoorden} from './zoekwoorden';
import {doelProblemen, readZoekvragen} from './zoekvragen';

export interface CheckResult {
  site: ContentSite;
  problems: Problem[];
  /** The files and anchors the plugins will publish for this content, which links were checked against. */
  publicFiles: PublicFiles;
}

/** Checks the site's content; `collected` replaces what is read from disk (tests, the web editor's preview). */
export async function checkSite(
  siteDir: string,
  options: Omit<CheckOptions, 'publicFiles'> = {},
  collected = collectContentFiles(siteDir),
): Promise<CheckResult> {
  // The dictionary loads in its own thread while the pages are read.
  const woordenboek = options.spelling ? undefined : nederlandsWoordenboek();
  const site = await loadContent(siteDir, collected);
  const spelling = options.spelling ?? (await laadSpelling(site, woordenboek));
  const publicFiles = declaredPublicFiles(site);
  // Built once: the link rules and the reader questions' targets check against the same URLs.
  const urls = buildSiteUrls(site, publicFiles.files);
  const problems = runRules(site, {...options, spelling, publicFiles: publicFiles.files, urls});
  const zoekvragen = readZoekvragen(siteDir);
  const zoekdata = [
    ...readZoekwoorden(siteDir).problems,
    ...zoekvragen.problems,
    ...doelProblemen(zoekvragen.entries, urls.pages),
  ];
  return {
    site,
    problems: sortProblems([...site.problems, ...problems, ...editieProblemen(site), ...zoekdata]),
    publicFiles,
  };
}
