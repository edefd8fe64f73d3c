/**
 * The editions as Docusaurus knows them (versions.json) joined with their
 * labels and paths from the vocabulary. A version without a label, or a label
 * without a version, stops the build with what to do.
 */
import fs from 'node:fs';
import path from 'node:path';
import {CURRENT_EDITION, EDITIONS, type Edition} from './vocabulary';

export interface EditionInfo {
  /** Docs version name: "current" or a name from versions.json. */
  name: Edition;
  label: string;
  year: string;
  /** URL prefix below the base URL: "" or "/2021". */
  path: string;
  /** Folder of the edition's docs, relative to the site directory. */
  dir: string;
}

export function readVersions(siteDir: string): string[] {
  const file = path.join(siteDir, 'versions.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as string[]) : [];
}

/** Current edition first, then the versions in versions.json order. */
export function editions(versions: readonly string[]): EditionInfo[] {
  const known = Object.keys(EDITIONS).filter((e) => e !== CURRENT_EDITION);
  const missing = versions.filter((v) => !known.includes(v));
  if (missing.length) {
    throw new Error(
      missing
        .map(
          (v) =>
            `versions.json noemt editie "${v}", maar src/content/vocabulary.ts (EDITIONS) kent die niet: voeg haar daar toe met label, jaar en pad.`,
        )
        .join('\n'),
    );
  }
  return [CURRENT_EDITION, ...versions].map((name) => {
    const e = EDITIONS[name as Edition];
    return {
      name: name as Edition,
      label: e.label,
      year: e.year,
      path: e.path,
      dir: name === CURRENT_EDITION ? 'docs' : `versioned_docs/version-${name}`,
    };
  });
}

export function siteEditions(siteDir: string): EditionInfo[] {
  return editions(readVersions(siteDir));
}

/** Which edition a content file belongs to, from its path (source folder or i18n copy). */
export function editionOfFile(filePath: string): string {
  const m = /(?:^|[\\/])(?:versioned_docs|docusaurus-plugin-content-docs)[\\/]version-([^\\/]+)[\\/]/.exec(filePath);
  return m?.[1] ?? CURRENT_EDITION;
}
