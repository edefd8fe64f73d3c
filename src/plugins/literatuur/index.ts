/**
 * The bibliography (src/data/literatuur.json, CSL-JSON) formatted once at build
 * time: APA references for pages that cite (front matter `literatuur`) and for
 * the full list, handed to those pages by the remark plugin (./remark), and
 * BibTeX/RIS downloads at stable URLs (/downloads/literatuur.bib, .ris) in every
 * locale's output. Citation.js never reaches the browser. Unknown keys in front
 * matter are reported by the content check (src/content/validate.ts).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadSiteData} from '../../content/siteData';
import {ContentError} from '../../content/problems';
import {addMdxDependencies, pluginDataFile} from '../shared/pluginData';
import {themeOf} from '../shared/plugin';
import {exportPaths, PLUGIN_NAME, type PluginOptions} from './options';
import {checkEntries, formatBibliography, toBibtex, toRis} from './server/format';
import {DATA_FILE, type LiteratuurData} from './shared';

export {validateOptions} from './options';

interface Content {
  data: LiteratuurData;
  bibtex: string;
  ris: string;
}

export default function literatuurPlugin(context: LoadContext, options: PluginOptions): Plugin<Content> {
  const file = path.join(context.siteDir, options.bibliography);
  return {
    name: PLUGIN_NAME,
    ...themeOf(__dirname),
    getPathsToWatch: () => [file],
    async loadContent() {
      let raw: unknown;
      try {
        raw = JSON.parse(await fs.readFile(file, 'utf8'));
      } catch (e) {
        throw new Error(`[${PLUGIN_NAME}] ${options.bibliography} kan niet gelezen worden: ${(e as Error).message}`);
      }
      const entries = checkEntries(raw, options.bibliography);
      const {data: site, problems} = loadSiteData(context.siteDir);
      if (problems.length > 0) throw new ContentError(problems);
      const titels = new Map(site.bronnen.map((b) => [b.key, b.titel]));
      const formatted = formatBibliography(entries).entries.map((e) => ({
        ...e,
        bronTitel: e.bron ? titels.get(e.bron) : undefined,
      }));
      return {
        data: {entries: formatted, downloads: exportPaths(options)},
        bibtex: toBibtex(entries),
        ris: toRis(entries),
      };
    },
    async contentLoaded({content, actions}) {
      await actions.createData(DATA_FILE, JSON.stringify(content.data));
    },
    configureWebpack(config) {
      addMdxDependencies(config.module?.rules ?? [], [
        pluginDataFile(context.siteDir, PLUGIN_NAME, DATA_FILE, options.id),
      ]);
      return {};
    },
    async postBuild({content, outDir}) {
      const dir = path.join(outDir, options.exportDir);
      await fs.mkdir(dir, {recursive: true});
      await fs.writeFile(path.join(dir, `${options.fileName}.bib`), content.bibtex, 'utf8');
      await fs.writeFile(path.join(dir, `${options.fileName}.ris`), content.ris, 'utf8');
    },
  };
}
