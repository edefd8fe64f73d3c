/**
 * Which history Docusaurus reads. Content pages take their date from change notes instead
 * (changeNotesVcs below). Normally git; but an
 * organisation that downloads the repository as a zip has no .git folder, and
 * Docusaurus's git lookup then stops the build ("not a git repository"). Without
 * history the site builds anyway: no date, except where front matter sets
 * `last_update.date`, and one line says so.
 */
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import type {VcsConfig, VcsPreset} from '@docusaurus/types';
import {getVcsPreset} from '@docusaurus/utils';

/** Runs git with the given arguments in the site folder; throws when git fails or is missing. */
export type GitRunner = (args: readonly string[]) => string;

export interface LastUpdateSource {
  /**
   * Docusaurus VCS preset (future.experimental_vcs). default-v2 reads the history once for all
   * files (git-eager, Docusaurus v4's default) instead of two `git log` runs per page: at 1,000
   * pages that was 30 s of the build (`npm run bench -- --build`).
   */
  vcs: 'default-v2' | 'disabled';
  /** A one-line notice for the build output, when dates are off. */
  notice?: string;
}

export const NO_HISTORY_NOTICE =
  'Geen git-geschiedenis gevonden (bijvoorbeeld een download als zip): pagina’s tonen geen datum „Laatst bijgewerkt”, behalve waar de front matter last_update.date noemt.';

export function gitRunner(siteDir: string): GitRunner {
  return (args) => execFileSync('git', args, {cwd: siteDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
}

export function lastUpdateSource(run: GitRunner): LastUpdateSource {
  try {
    if (
      run(['rev-parse', '--is-inside-work-tree']).trim() === 'true' &&
      run(['log', '-1', '--format=%ct']).trim() !== ''
    ) {
      return {vcs: 'default-v2'};
    }
  } catch {
    // git missing, not a repository, or a repository without commits: all mean "no history".
  }
  return {vcs: 'disabled', notice: NO_HISTORY_NOTICE};
}

/** Content folders whose "Laatst gewijzigd" comes from change notes (front matter), never from a commit. */
const CONTENT_FILE = /(?:^|\/)(?:docs|versioned_docs|blog|i18n\/[^/]+\/docusaurus-plugin-content-(?:docs|blog))\//;

/**
 * The VCS Docusaurus reads dates from, with the content's last-commit date left out: a page's
 * "Laatst gewijzigd" is its newest change note (last_update, filled by markdown.parseFrontMatter
 * from `wijzigingen` or the errata), and a page without one shows no date. Git would otherwise
 * date a typo fix, and gave 141 of 163 pages the same day. Everything else asks the preset.
 */
export function changeNotesVcs(preset: VcsPreset, siteDir: string): VcsConfig {
  const base = getVcsPreset(preset);
  const isContent = (filePath: string) => CONTENT_FILE.test(path.relative(siteDir, filePath).split(path.sep).join('/'));
  return {
    initialize: (params) => base.initialize(params),
    getFileCreationInfo: (filePath) => base.getFileCreationInfo(filePath),
    // null, not undefined: Docusaurus then shows no date instead of asking again.
    getFileLastUpdateInfo: (filePath) =>
      isContent(filePath) ? Promise.resolve(null) : base.getFileLastUpdateInfo(filePath),
  };
}
