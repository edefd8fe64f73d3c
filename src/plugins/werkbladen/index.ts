/**
 * Werkbladen: every worksheet's front matter becomes, at build time, a
 * fillable PDF and a Word file at /<outPath>/<id>.pdf|.docx in each locale's
 * output. File sizes reach the pages as global data. A broken worksheet
 * fails the build with the content validator's Dutch messages.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {formatProblems} from '../../content/validate';
import {createDocx} from './docx';
import {loadWerkbladen} from './load';
import {normalizeOptions} from './options';
import {createPdf} from './pdf';
import type {WerkbladInfo, WerkbladenGlobalData} from './types';

interface Gegenereerd {
  info: WerkbladInfo;
  pdf: Uint8Array;
  docx: Uint8Array;
}

function werkbladen(context: LoadContext, options?: unknown): Plugin<Gegenereerd[]> {
  const opts = normalizeOptions(options);
  const {siteConfig} = context;
  return {
    name: 'werkbladen',
    getPathsToWatch() {
      return [path.join(context.siteDir, opts.dir, '*.{md,mdx}')];
    },
    async loadContent() {
      const {werkbladen, problems} = loadWerkbladen(context.siteDir, opts.dir);
      if (problems.length > 0) throw new Error(`Werkbladen: ${formatProblems(problems)}`);
      // The stable URL printed in the files is the default-locale page.
      const siteRoot = siteConfig.url.replace(/\/$/, '') + siteConfig.baseUrl.replace(/\/$/, '');
      return Promise.all(
        werkbladen.map(async ({sheet}) => {
          const meta = {siteName: siteConfig.title, editie: opts.editie, url: `${siteRoot}${sheet.slug}`};
          const [pdf, docx] = await Promise.all([createPdf(sheet, meta), createDocx(sheet, meta)]);
          const info: WerkbladInfo = {
            id: sheet.id,
            title: sheet.title,
            description: sheet.description,
            permalink: sheet.slug,
            fase: sheet.fase,
            voor: sheet.voor,
            pdf: {path: `/${opts.outPath}/${sheet.id}.pdf`, bytes: pdf.byteLength},
            docx: {path: `/${opts.outPath}/${sheet.id}.docx`, bytes: docx.byteLength},
          };
          return {info, pdf, docx};
        }),
      );
    },
    async contentLoaded({content, actions}) {
      const data: WerkbladenGlobalData = {werkbladen: content.map((c) => c.info)};
      actions.setGlobalData(data);
    },
    async postBuild({content, outDir}) {
      // outDir is per locale (build/, build/en/), so the links resolve under every base URL.
      await fs.mkdir(path.join(outDir, opts.outPath), {recursive: true});
      await Promise.all(
        content.flatMap(({info, pdf, docx}) => [
          fs.writeFile(path.join(outDir, info.pdf.path), pdf),
          fs.writeFile(path.join(outDir, info.docx.path), docx),
        ]),
      );
    },
  };
}

/**
 * Config's `plugins` array wants Plugin<unknown>; the hooks are typed against our content
 * above, and Docusaurus hands loadContent's result back to them unchanged.
 */
export default function werkbladenPlugin(context: LoadContext, options?: unknown): Plugin<unknown> {
  return werkbladen(context, options) as unknown as Plugin<unknown>;
}
