/**
 * Minor or major edit, on fixtures (__fixtures__/wijziging): a typo, punctuation and layout are
 * minor; a rewritten sentence is major and needs a new change note; the comparison with the base
 * branch runs on a real temporary git repository, and says in one line when there is none.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {gitRunner, type GitRunner} from '../../config/vcs';
import {basisArgument, kiesBasis, vergelijkMetBasis} from '../basis';
import {frontMatterData, parseMarkdown} from '../markdown';
import {formatProblem} from '../problems';
import {MAX_KLEINE_WIJZIGING, leesbareWoorden, ongeregistreerdeWijzigingen, woordVerschil} from '../grootWijziging';

const DIR = path.join(__dirname, '__fixtures__/wijziging');
const FILE = 'docs/handleiding/houding.md';
const versie = (name: string) => {
  const raw = fs.readFileSync(path.join(DIR, name), 'utf8');
  return {raw, frontMatter: frontMatterData(parseMarkdown(raw, 'md'))};
};
const warn = (oud: string | undefined, nieuw: string) =>
  ongeregistreerdeWijzigingen(
    [{file: FILE, oud: oud ? versie(oud) : undefined, nieuw: versie(nieuw)}],
    '2026-12-05',
  ).map(formatProblem);

describe('woordVerschil', () => {
  const words = (s: string) => s.split(' ');
  it('counts a fixed typo as spelling, not as a change', () => {
    expect(woordVerschil(words('welkom in het gezinshuis'), words('welkom in het gezinhuis'))).toMatchObject({
      veranderd: 0,
      spelling: 1,
    });
  });
  it('counts added, removed and replaced words', () => {
    expect(
      woordVerschil(words('ouders zijn welkom'), words('ouders zijn altijd zonder afspraak welkom')).veranderd,
    ).toBe(3);
    expect(woordVerschil(words('meestal in overleg'), words('in principe in overleg')).veranderd).toBe(2);
    expect(woordVerschil(words('niet'), words('wel')).veranderd).toBe(1);
  });
});

describe('leesbareWoorden', () => {
  it('reads what a reader sees: title, description and text, without Markdown, case or punctuation', () => {
    const {raw, frontMatter} = versie('klein.md');
    const w = leesbareWoorden(raw, FILE, frontMatter);
    expect(w.slice(0, 2)).toEqual(['houding', 'acht']);
    expect(w).toContain('gezinhuis');
    expect(w).not.toContain('**houding**.');
    expect(w).not.toContain('{#geduldig}');
  });
});

describe('ongeregistreerdeWijzigingen', () => {
  it(`leaves a minor edit alone: a typo, punctuation, layout (at most ${MAX_KLEINE_WIJZIGING} words)`, () => {
    expect(warn('oud.md', 'klein.md')).toEqual([]);
  });

  it('warns, naming the file and what to add, on a major edit without a new change note', () => {
    const found = warn('oud.md', 'groot-zonder-notitie.md');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^docs\/handleiding\/houding\.md:1 — de tekst veranderde meer dan een kleine correctie \(\d+ woorden anders, bijvoorbeeld „.*”\), maar er is geen nieuwe wijziging vastgelegd\. .*wijzigingen.*datum: "2026-12-05".*\[grote-wijziging\]$/,
    );
  });

  it('accepts a major edit with a new change note', () => {
    expect(warn('oud.md', 'groot-met-notitie.md')).toEqual([]);
  });

  it('does not count a note that was already there', () => {
    expect(warn('oud-met-notitie.md', 'groot-met-oude-notitie.md')).toHaveLength(1);
  });

  it('asks nothing of a new page', () => {
    expect(warn(undefined, 'groot-zonder-notitie.md')).toEqual([]);
  });
});

describe('kiesBasis', () => {
  const fake =
    (refs: string[], repo = true): GitRunner =>
    (args) => {
      if (args[0] === 'rev-parse' && args[1] === '--is-inside-work-tree') {
        if (!repo) throw new Error('fatal: not a git repository');
        return 'true\n';
      }
      if (args[0] === 'rev-parse') {
        if (refs.includes(args[3]!.replace('^{commit}', ''))) return 'abc\n';
        throw new Error('unknown ref');
      }
      if (args[0] === 'merge-base') return 'basis123\n';
      throw new Error(`unexpected git ${args.join(' ')}`);
    };

  it('reads --basis in both spellings', () => {
    expect(basisArgument(['--basis', 'develop'])).toBe('develop');
    expect(basisArgument(['--basis=origin/x'])).toBe('origin/x');
    expect(basisArgument([])).toBeUndefined();
  });
  it('uses the pull request base in GitHub Actions, origin/main locally, or --basis', () => {
    expect(kiesBasis([], {GITHUB_BASE_REF: 'main'}, fake(['origin/main']))).toEqual({
      mergeBase: 'basis123',
      ref: 'origin/main',
    });
    expect(kiesBasis([], {}, fake(['main'])).ref).toBe('main');
    expect(kiesBasis(['--basis', 'develop'], {}, fake(['develop', 'main'])).ref).toBe('develop');
  });
  it('says in one line why it compares nothing, without a repository or without the branch', () => {
    expect(kiesBasis([], {}, fake([], false)).melding).toMatch(/^Geen git-geschiedenis .*overgeslagen\.$/);
    expect(kiesBasis([], {}, fake([])).melding).toMatch(
      /^Geen basis gevonden .*origin\/main of main.*--basis <tak>\.$/,
    );
  });
});

describe('vergelijkMetBasis on a git repository', () => {
  it('warns on the page changed beyond a minor edit on the branch, not on the others', async () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'basis-'));
    try {
      const git = (...args: string[]) =>
        execFileSync('git', args, {
          cwd: repo,
          stdio: 'pipe',
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 't',
            GIT_AUTHOR_EMAIL: 't@t',
            GIT_COMMITTER_NAME: 't',
            GIT_COMMITTER_EMAIL: 't@t',
          },
        });
      const put = (rel: string, fixture: string) => {
        fs.mkdirSync(path.dirname(path.join(repo, rel)), {recursive: true});
        fs.copyFileSync(path.join(DIR, fixture), path.join(repo, rel));
      };
      git('init', '-q', '-b', 'main');
      put('docs/handleiding/houding.md', 'oud.md');
      put('docs/handleiding/klein.md', 'oud.md');
      put('versioned_docs/version-2021/handleiding/houding.md', 'oud.md');
      git('add', '.');
      git('commit', '-q', '-m', 'basis');
      git('checkout', '-q', '-b', 'voorstel');
      put('docs/handleiding/houding.md', 'groot-zonder-notitie.md');
      put('docs/handleiding/klein.md', 'klein.md');
      // A frozen edition's page is the fingerprint's business, not this warning's.
      put('versioned_docs/version-2021/handleiding/houding.md', 'groot-zonder-notitie.md');
      git('commit', '-q', '-am', 'voorstel');
      const result = await vergelijkMetBasis(repo, [], {}, gitRunner(repo), '2026-12-05');
      expect(result.ref).toBe('main');
      expect(result.aantal).toBe(2);
      expect(result.problems.map((p) => p.file)).toEqual(['docs/handleiding/houding.md']);
      expect(result.problems[0]!.severity).toBe('waarschuwing');
    } finally {
      fs.rmSync(repo, {recursive: true, force: true});
    }
  });
});
