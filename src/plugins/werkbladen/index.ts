/**
 * Werkbladen: every worksheet page's front matter becomes, at build time, a
 * fillable PDF and a Word file at /<outPath>/<id>.pdf|.docx in each locale's
 * output, and all of them one zip (/downloads/<zip>-<year>.zip). The web page
 * (theme/Werkblad), the PDF (server/pdf) and the Word file (server/docx) draw
 * each question's answer area from one description per kind of question
 * (shared/vraagsoorten.ts). The worksheets come from the docs plugin; what
 * pages show of them (downloads with sizes, the overview) reaches those pages
 * through the remark plugin (./remark), not through global data.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {ContentError} from '../../content/problems';
import {loadSiteData} from '../../content/siteData';
import {addMdxDependencies, pluginDataFile} from '../shared/pluginData';
import {docsContentOf, themeOf} from '../shared/plugin';
import {CURRENT_EDITION, EDITIONS} from '../../content/vocabulary';
import {PLUGIN_NAME, zipPath, type PluginOptions} from './options';
import {createWerkbladenZip} from './server/zip';
import {DATA_FILE, type WerkbladenData} from './shared/model';
import {generate, sheetsOf, type Generated} from './server/sheets';

export {validateOptions} from './options';

export default function werkbladenPlugin(context: LoadContext, options: PluginOptions): Plugin<void> {
  const {siteConfig, siteDir} = context;
  let generated: Generated[] = [];
  let zip: {path: string; bytes: Uint8Array} | undefined;
  return {
    name: PLUGIN_NAME,
    ...themeOf(__dirname),
    async allContentLoaded({allContent, actions}) {
      const docs = docsContentOf(allContent, options.docsPluginId, PLUGIN_NAME);
      const {data, problems} = loadSiteData(siteDir);
      if (problems.length > 0) throw new ContentError(problems);
      const {sheets, editie} = sheetsOf(docs);
      const siteRoot = siteConfig.url.replace(/\/$/, '') + siteConfig.baseUrl.replace(/\/$/, '');
      generated = await generate(sheets, {
        siteName: siteConfig.title,
        siteRoot,
        editie,
        outPath: options.outPath,
        bronnen: data.bronnen,
      });
      const zipFile = zipPath(options, EDITIONS[CURRENT_EDITION].year);
      zip =
        zipFile && generated.length > 0
          ? {path: zipFile, bytes: await createWerkbladenZip(generated, editie)}
          : undefined;
      const pageData: WerkbladenData = {
        werkbladen: generated.map((g) => g.info),
        bronnen: Object.fromEntries(generated.map((g) => [g.info.id, g.bronnen])),
        zip: zip ? {path: zip.path, bytes: zip.bytes.byteLength} : undefined,
      };
      await actions.createData(DATA_FILE, JSON.stringify(pageData));
    },
    configureWebpack(config) {
      // File sizes are compiled into worksheet pages: rebuild them when the files change.
      addMdxDependencies(config.module?.rules ?? [], [pluginDataFile(siteDir, PLUGIN_NAME, DATA_FILE, options.id)]);
      return {};
    },
    async postBuild({outDir}) {
      // outDir is per locale (build/, build/en/), so the links resolve under every base URL.
      await fs.mkdir(path.join(outDir, options.outPath), {recursive: true});
      await Promise.all(
        generated.flatMap(({info, pdf, docx}) => [
          fs.writeFile(path.join(outDir, info.pdf.path), pdf),
          fs.writeFile(path.join(outDir, info.docx.path), docx),
        ]),
      );
      if (zip) {
        await fs.mkdir(path.dirname(path.join(outDir, zip.path)), {recursive: true});
        await fs.writeFile(path.join(outDir, zip.path), zip.bytes);
      }
    },
  };
}
