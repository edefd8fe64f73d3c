/**
 * npm run leesbaarheid — the readability figures of every page, as a Markdown
 * table: Flesch–Douma (FD), words per sentence (w/z), share of sentences over
 * 15 words; ✓ within the B1 limits, ✗ over a limit that fails `npm run check`,
 * ! over a limit that only warns.
 *
 *   npm run leesbaarheid                      the texts as they are now
 *   npm run leesbaarheid -- --vergelijk REF   before (at git commit REF) and now
 */
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {rijen, tabel} from '../src/content/leesbaarheid/rapport';
import {classify} from '../src/content/frontMatter';
import {loadContent, type ContentFile} from '../src/content/validate';

const siteDir = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const i = args.indexOf('--vergelijk');
const ref = i >= 0 ? args[i + 1] : undefined;
if (i >= 0 && !ref) {
  console.error('Geef na --vergelijk een commit of branch, bijvoorbeeld: npm run leesbaarheid -- --vergelijk main');
  process.exit(1);
}

/** The content files as they were at a commit, read with git (no checkout). */
function filesAt(commit: string): ContentFile[] {
  const git = (...a: string[]) => execFileSync('git', a, {cwd: siteDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
  const names = git('ls-tree', '-r', '--name-only', commit, '--', 'docs', 'versioned_docs', 'blog')
    .split('\n')
    .filter((f) => /\.mdx?$/.test(f) && !f.split('/').some((s) => s.startsWith('_') || s.startsWith('.')));
  return names.flatMap((file) => {
    const what = classify(file);
    return what ? [{file, ...what, raw: git('show', `${commit}:${file}`)} satisfies ContentFile] : [];
  });
}

async function main(): Promise<void> {
  const na = rijen((await loadContent(siteDir)).pages);
  const voor = ref ? rijen((await loadContent(siteDir, {files: filesAt(ref), problems: []})).pages) : undefined;
  console.log(tabel(na, voor));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
