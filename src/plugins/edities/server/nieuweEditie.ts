/**
 * Making a new edition (npm run editie -- <jaar>): the current edition becomes an archived docs
 * version at the path that already names it ("/2024"), and the new current edition gets its own
 * year ("/2028"). The pinned URLs of the old edition keep their text: before, the edities plugin
 * served them from docs/; after, the archived version serves the same text at the same paths.
 *
 * Pure planning and text edits here; scripts/editie.ts runs them. The browser test
 * tests/browser/edities.test.ts runs the same `docs:version` step on a fixture site.
 */
import {execFileSync} from 'node:child_process';

export interface EditionEntry {
  label: string;
  year: string;
  path: string;
}

/** What is wrong with making edition `newYear` next to these editions; empty when it can be made. */
export function editionProblems(editions: Readonly<Record<string, EditionEntry>>, newYear: string): string[] {
  const current = editions.current;
  if (!current) return ['src/content/vocabulary.ts heeft geen editie "current" in EDITIONS.'];
  if (!/^\d{4}$/.test(newYear))
    return [`"${newYear}" is geen jaartal: geef het jaar van de nieuwe editie, bijvoorbeeld 2028.`];
  const problems: string[] = [];
  if (Number(newYear) <= Number(current.year)) {
    problems.push(
      `De nieuwe editie (${newYear}) moet later zijn dan de huidige (${current.year}): de huidige editie wordt dan gearchiveerd onder /${current.year}.`,
    );
  }
  for (const [name, e] of Object.entries(editions)) {
    if (name !== 'current' && (e.year === newYear || e.year === current.year || name === current.year)) {
      problems.push(`Editie "${name}" (${e.label}) bestaat al; kies een ander jaar.`);
    }
  }
  return problems;
}

/**
 * The vocabulary's EDITIONS with the current edition archived under its year and `newYear` current.
 * Edits the one line of the current edition in src/content/vocabulary.ts and keeps everything else.
 */
export function rewriteEditions(source: string, oldYear: string, newYear: string): string {
  const line = /^([ \t]*)current: \{label: 'Editie (\d{4})', year: '(\d{4})', path: ''\},[ \t]*$/m;
  const m = line.exec(source);
  if (!m || m[2] !== oldYear || m[3] !== oldYear) {
    throw new Error(
      `In src/content/vocabulary.ts staat de huidige editie niet als "current: {label: 'Editie ${oldYear}', year: '${oldYear}', path: ''},". Pas EDITIONS dan met de hand aan: current krijgt jaar ${newYear}, en '${oldYear}': {label: 'Editie ${oldYear}', year: '${oldYear}', path: '/${oldYear}'} komt eronder.`,
    );
  }
  const indent = m[1]!;
  return source.replace(
    line,
    `${indent}current: {label: 'Editie ${newYear}', year: '${newYear}', path: ''},\n${indent}'${oldYear}': {label: 'Editie ${oldYear}', year: '${oldYear}', path: '/${oldYear}'},`,
  );
}

/** The English label of the current version (i18n/en/docusaurus-plugin-content-docs/current.json) set to the new year. */
export function rewriteCurrentLabel(json: string, newYear: string): string {
  const data = JSON.parse(json) as Record<string, {message: string; description?: string}>;
  const label = data['version.label'];
  if (label) label.message = label.message.replace(/\d{4}/, newYear);
  return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * Docusaurus's own step: copy docs/ (and each locale's translated docs and labels) to an archived
 * version named `version`, with its sidebars, and add it to versions.json.
 */
export function runDocsVersion(siteDir: string, version: string, env: NodeJS.ProcessEnv = process.env): void {
  execFileSync(process.execPath, [require.resolve('@docusaurus/core/bin/docusaurus.mjs'), 'docs:version', version], {
    cwd: siteDir,
    stdio: 'inherit',
    env,
  });
}
