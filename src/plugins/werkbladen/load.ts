/**
 * Reads the worksheets (docs/werkbladen/*.md|mdx with `type: werkblad`) and
 * validates them with the site's content schema. Returns every problem at
 * once, in the same Dutch wording as the content-validation plugin.
 */
import fs from 'node:fs';
import path from 'node:path';
import {werkbladSchema, type Werkblad} from '../../content/schema';
import {loadSiteIndex, validateFile, type Problem} from '../../content/validate';

export interface WerkbladBron {
  /** Path relative to the site directory. */
  file: string;
  sheet: Werkblad;
}

export function loadWerkbladen(siteDir: string, dir: string): {werkbladen: WerkbladBron[]; problems: Problem[]} {
  const abs = path.join(siteDir, dir);
  const problems: Problem[] = [];
  const werkbladen: WerkbladBron[] = [];
  if (!fs.existsSync(abs)) {
    return {werkbladen, problems: [{file: dir, line: 1, message: `de map met werkbladen bestaat niet; maak ${dir} aan of pas de optie "dir" aan`}]};
  }
  const index = loadSiteIndex(siteDir);
  for (const name of fs.readdirSync(abs).sort()) {
    if (!/\.mdx?$/.test(name) || name.startsWith('_')) continue;
    const file = path.posix.join(dir.split(path.sep).join('/'), name);
    const raw = fs.readFileSync(path.join(abs, name), 'utf8');
    const result = validateFile({file, kind: 'doc', tree: 'current', raw}, index);
    if (result.data?.type !== 'werkblad') continue;
    if (result.problems.length > 0) {
      problems.push(...result.problems);
      continue;
    }
    werkbladen.push({file, sheet: werkbladSchema.parse(result.data)});
  }
  // The sidebar's order is the reading order, on the overview too.
  werkbladen.sort((a, b) => (a.sheet.sidebar_position ?? Infinity) - (b.sheet.sidebar_position ?? Infinity) || a.sheet.id.localeCompare(b.sheet.id));
  return {werkbladen, problems};
}
