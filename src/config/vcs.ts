/**
 * Where "Laatst bijgewerkt" comes from. Normally from git history; but an
 * organisation that downloads the repository as a zip has no .git folder, and
 * Docusaurus's git lookup then stops the build ("not a git repository"). Without
 * history the site builds anyway: no date, except where front matter sets
 * `last_update.date`, and one line says so.
 */
import {execFileSync} from 'node:child_process';

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
