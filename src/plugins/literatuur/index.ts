/**
 * The bibliography (src/data/literatuur.json, CSL-JSON) formatted once at build
 * time: APA references for every page's `literatuur` list and the full
 * /onderzoek/literatuur page (global data), and BibTeX/RIS downloads written to
 * stable URLs (/downloads/literatuur.bib, .ris) in every locale's output.
 * Citation.js never reaches the browser. Unknown keys in front matter are
 * rejected by the content-validation plugin (src/content/validate.ts).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {checkEntries, formatBibliography, toBibtex, toRis, type FormattedBibliography} from './format';
import {exportPaths, validateOptions, type PluginOptions} from './options';

export interface LiteratuurContent extends FormattedBibliography {
  bibtex: string;
  ris: string;
}

/** What components get through usePluginData('literatuur'). */
export interface LiteratuurGlobalData extends FormattedBibliography {
  downloads: {bibtex: string; ris: string};
}

export default function literatuurPlugin(context: LoadContext, options?: unknown): Plugin<unknown> {
  const opts: PluginOptions = validateOptions(options);
  const file = path.join(context.siteDir, opts.bibliography);
  // Kept here rather than typed through Plugin<T>: the config's plugin list only accepts Plugin<unknown>.
  let loaded: LiteratuurContent | undefined;
  const content = (): LiteratuurContent => {
    if (!loaded) throw new Error('[literatuur] de literatuurlijst is nog niet geladen (loadContent is niet gelopen)');
    return loaded;
  };
  return {
    name: 'literatuur',
    getPathsToWatch() {
      return [file];
    },
    async loadContent() {
      let data: unknown;
      try {
        data = JSON.parse(await fs.readFile(file, 'utf8'));
      } catch (e) {
        throw new Error(`[literatuur] ${opts.bibliography} kan niet gelezen worden: ${(e as Error).message}`);
      }
      const entries = checkEntries(data, opts.bibliography);
      loaded = {...formatBibliography(entries), bibtex: toBibtex(entries), ris: toRis(entries)};
      return loaded;
    },
    async contentLoaded({actions}) {
      const global: LiteratuurGlobalData = {entries: content().entries, downloads: exportPaths(opts)};
      actions.setGlobalData(global);
    },
    async postBuild({outDir}) {
      const {bibtex, ris} = content();
      const dir = path.join(outDir, opts.exportDir);
      await fs.mkdir(dir, {recursive: true});
      await fs.writeFile(path.join(dir, `${opts.fileName}.bib`), bibtex, 'utf8');
      await fs.writeFile(path.join(dir, `${opts.fileName}.ris`), ris, 'utf8');
    },
  };
}


