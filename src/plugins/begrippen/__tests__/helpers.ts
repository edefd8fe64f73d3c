/** The fixture term files read the way the site reads them: Docusaurus's parser, then the begrip schema. */
import fs from 'node:fs';
import path from 'node:path';
import {readFrontMatter, validateFrontMatter, type ContentFile} from '../../../content/frontMatter';
import {buildGlossary, type Begrip, type TermSource} from '../../../content/glossary';
import type {Problem} from '../../../content/problems';
import {contentSchemas} from '../../../content/schema';
import {loadSiteData} from '../../../content/siteData';
import {editionPath} from '../../../content/vocabulary';

const SITE = path.resolve(__dirname, '../../../..');
const schemas = contentSchemas(loadSiteData(SITE).data.bronnen.map((b) => b.key));

export interface Fixture {
  /** As the file would sit in the site: docs/begrippen/<name>.md */
  file: string;
  source: TermSource;
  /** Problems of the file's own front matter. */
  problems: Problem[];
}

export async function fixtures(folder: string, edition = 'current'): Promise<Fixture[]> {
  const dir = path.join(__dirname, '__fixtures__', folder);
  const out: Fixture[] = [];
  for (const name of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    const raw = fs.readFileSync(path.join(dir, name), 'utf8');
    const f: ContentFile = {file: `${folder}/${name}`, kind: 'doc', edition, locale: 'nl', raw};
    const fm = await readFrontMatter(f.file, raw);
    if ('problem' in fm) {
      out.push({file: f.file, source: {file: f.file, raw, data: {}, permalink: ''}, problems: [fm.problem]});
      continue;
    }
    const v = validateFrontMatter({...f, file: `docs/begrippen/${name}`}, fm.data, schemas);
    out.push({
      file: f.file,
      source: {file: f.file, raw, data: v.data, permalink: editionPath(edition, String(v.data.slug))},
      problems: v.problems.map((p) => ({...p, file: f.file})),
    });
  }
  return out;
}

/** Terms of the fixtures whose own front matter is valid. */
export function termsOf(list: readonly Fixture[]): Begrip[] {
  return buildGlossary(list.filter((x) => x.problems.length === 0).map((x) => x.source)).terms;
}
