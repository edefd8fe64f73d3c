/**
 * Which pages a pull request changed, against its base branch: in GitHub Actions the branch the
 * pull request goes into (GITHUB_BASE_REF), locally origin/main or main, or what `--basis <tak>`
 * names. Without git history (a zip download) or without that branch, it says so in one line and
 * compares nothing. Git runs through an injectable runner, so tests need no repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {GitRunner} from '../config/vcs';
import {vandaag} from './datum';
import {classify, readFrontMatter} from './frontMatter';
import {ongeregistreerdeWijzigingen, type GewijzigdePagina} from './grootWijziging';
import type {Problem} from './problems';
import {isVastgezet} from './vastgezet';

export interface BasisKeuze {
  /** The commit the branch left the base at (git merge-base). */
  mergeBase?: string;
  /** The ref compared with, for the message. */
  ref?: string;
  /** One line when nothing is compared, and why. */
  melding?: string;
}

/** `--basis x` or `--basis=x` among the arguments. */
export function basisArgument(args: readonly string[]): string | undefined {
  const i = args.findIndex((a) => a === '--basis' || a.startsWith('--basis='));
  if (i < 0) return undefined;
  const a = args[i]!;
  return a.includes('=') ? a.slice('--basis='.length) : args[i + 1];
}

const tryRun = (run: GitRunner, args: string[]): string | undefined => {
  try {
    return run(args).trim();
  } catch {
    return undefined;
  }
};

export function kiesBasis(args: readonly string[], env: NodeJS.ProcessEnv, run: GitRunner): BasisKeuze {
  if (tryRun(run, ['rev-parse', '--is-inside-work-tree']) !== 'true') {
    return {
      melding:
        'Geen git-geschiedenis (bijvoorbeeld een download als zip): de controle op grote wijzigingen zonder wijzigingsnotitie is overgeslagen.',
    };
  }
  const asked = basisArgument(args);
  const candidates = asked
    ? [asked]
    : env.GITHUB_BASE_REF
      ? [`origin/${env.GITHUB_BASE_REF}`, env.GITHUB_BASE_REF]
      : ['origin/main', 'main'];
  for (const ref of candidates) {
    if (!tryRun(run, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])) continue;
    const mergeBase = tryRun(run, ['merge-base', ref, 'HEAD']);
    if (mergeBase) return {mergeBase, ref};
  }
  return {
    melding: `Geen basis gevonden om mee te vergelijken (${candidates.join(' of ')}): de controle op grote wijzigingen zonder wijzigingsnotitie is overgeslagen. Kies er een met npm run check -- --basis <tak>.`,
  };
}

export interface GewijzigdBestand {
  file: string;
  /** Path in the base (differs after a rename); undefined for a new file. */
  oudFile?: string;
}

/**
 * Content pages changed since the merge base, committed or not, except pages of a frozen edition
 * (their changes are errata, checked by the fingerprint) and deleted pages.
 */
export function gewijzigdePaginas(mergeBase: string, run: GitRunner): GewijzigdBestand[] {
  const out: GewijzigdBestand[] = [];
  const lines = run(['diff', '--name-status', '-M', mergeBase, '--']).split('\n').filter(Boolean);
  for (const line of lines) {
    const [status, a, b] = line.split('\t') as [string, string, string | undefined];
    const file = status.startsWith('R') ? b! : a;
    const what = classify(file);
    if (!what || status.startsWith('D')) continue;
    if (what.kind === 'doc' && isVastgezet(what.edition)) continue;
    out.push({file, oudFile: status.startsWith('A') ? undefined : a});
  }
  return out;
}

/** A file's text at a commit, or undefined when it did not exist there. */
export function tekstOp(commit: string, file: string, run: GitRunner): string | undefined {
  try {
    return run(['show', `${commit}:${file}`]);
  } catch {
    return undefined;
  }
}

/**
 * `npm run check`'s comparison with the base branch: a warning for each changed page whose text
 * changed beyond a minor edit without a new change note, or one line saying why nothing was compared.
 */
export async function vergelijkMetBasis(
  siteDir: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  run: GitRunner,
  today: string = vandaag(),
): Promise<{problems: Problem[]; melding?: string; ref?: string; aantal: number}> {
  const basis = kiesBasis(args, env, run);
  if (!basis.mergeBase) return {problems: [], melding: basis.melding, aantal: 0};
  const paginas: GewijzigdePagina[] = [];
  for (const f of gewijzigdePaginas(basis.mergeBase, run)) {
    const full = path.join(siteDir, f.file);
    if (!fs.existsSync(full)) continue;
    const raw = fs.readFileSync(full, 'utf8');
    const nieuw = await readFrontMatter(f.file, raw);
    // A page whose front matter does not parse is reported by the check itself.
    if ('problem' in nieuw) continue;
    const oudRaw = f.oudFile ? tekstOp(basis.mergeBase, f.oudFile, run) : undefined;
    const oud = oudRaw === undefined ? undefined : await readFrontMatter(f.file, oudRaw);
    paginas.push({
      file: f.file,
      oud: oud && !('problem' in oud) ? {raw: oudRaw!, frontMatter: oud.data} : undefined,
      nieuw: {raw, frontMatter: nieuw.data},
    });
  }
  return {problems: ongeregistreerdeWijzigingen(paginas, today), ref: basis.ref, aantal: paginas.length};
}
