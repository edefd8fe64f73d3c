/**
 * Writing the editor: the page, the generated config, the bundled editor script
 * and a copy of Decap's prebuilt files, all in one folder. Self-hosted: nothing
 * comes from a CDN.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import {normalise, type Begrip} from '../../../content/glossary';
import {bundleBrowserScript} from '../../shared/browserScript';
import type {PreviewTerm} from '../shared/begrippen';
import type {DecapConfig} from './config';
import {
  CONFIG_FILE,
  EDITOR_SCRIPT,
  GLOSSARY_FILE,
  decapDistDir,
  decapDistFiles,
  editorPage,
  type PageInput,
} from './page';

/** The editor script; it loads decap-cms.js itself, and only when a login can work. */
export const CLIENT_ENTRY = path.join(__dirname, '../client/beheer.ts');

/** config.yml as Decap reads it. */
export function configYaml(config: DecapConfig): string {
  return [
    '# Gemaakt door src/plugins/beheer bij elke build, uit src/content/schema.ts, src/content/vocabulary.ts',
    '# en de gegevensbestanden (blog/tags.yml, blog/authors.yml, src/data/bronnen/). Niet met de hand bewerken.',
    yaml.dump(config, {lineWidth: -1, noRefs: true}),
  ].join('\n');
}

/** The terms the preview needs: what a marker may say, and what the site shows for it. */
export function glossaryFor(terms: readonly Begrip[]): PreviewTerm[] {
  return terms.map((t) => ({
    term: t.term,
    permalink: t.permalink,
    definitie: t.definitie,
    words: [...new Set([t.term, t.id, ...t.aliases].map(normalise))],
  }));
}

export interface WriteInput extends PageInput {
  config: DecapConfig;
  terms: readonly PreviewTerm[];
  /** Copy Decap's files too (a build); `docusaurus start` serves them from node_modules instead. */
  copyDecap: boolean;
}

/** Writes the editor into dir (build/beheer/ or the dev server's folder). */
export async function writeEditor(dir: string, input: WriteInput): Promise<void> {
  await fs.mkdir(dir, {recursive: true});
  await Promise.all([
    fs.writeFile(path.join(dir, 'index.html'), editorPage(input)),
    fs.writeFile(path.join(dir, CONFIG_FILE), configYaml(input.config)),
    fs.writeFile(path.join(dir, GLOSSARY_FILE), JSON.stringify(input.terms)),
    bundleBrowserScript(CLIENT_ENTRY).then((js) => fs.writeFile(path.join(dir, EDITOR_SCRIPT), js)),
  ]);
  if (input.copyDecap) {
    const dist = decapDistDir();
    await Promise.all(decapDistFiles(dist).map((f) => fs.copyFile(path.join(dist, f), path.join(dir, f))));
  }
}
