/**
 * Everything `npm run check` reports: front matter (validateSite) and the
 * content rules, in one list, sorted by file and line.
 */
import {collectContentFiles, validateSite, type Problem} from './validate';
import {runRules, type CheckOptions} from './rules';

export function checkSite(siteDir: string, options: CheckOptions = {}): Problem[] {
  const files = collectContentFiles(siteDir);
  const problems = [...validateSite(siteDir, files), ...runRules(siteDir, files, options)];
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
