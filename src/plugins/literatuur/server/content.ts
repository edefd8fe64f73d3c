/**
 * What the literatuur plugin loads once per build — the bibliography formatted
 * as APA for pages, and as BibTeX and RIS for download — and how the downloads
 * are written into each locale's output.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {ContentError} from '../../../content/problems';
import {loadSiteData} from '../../../content/siteData';
import {exportPaths, PLUGIN_NAME, type PluginOptions} from '../options';
import type {LiteratuurData} from '../shared';
import {checkEntries, formatBibliography, toBibtex, toRis} from './format';

export interface LiteratuurContent {
  /** What pages get (createData). */
  data: LiteratuurData;
  bibtex: string;
  ris: string;
}

/** Reads, checks and formats the bibliography; each reference knows the title of the source that names it. */
export async function loadLiteratuur(
  siteDir: string,
  options: Pick<PluginOptions, 'bibliography' | 'exportDir' | 'fileName'>,
): Promise<LiteratuurContent> {
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(path.join(siteDir, options.bibliography), 'utf8'));
  } catch (e) {
    throw new Error(`[${PLUGIN_NAME}] ${options.bibliography} kan niet gelezen worden: ${(e as Error).message}`);
  }
  const entries = checkEntries(raw, options.bibliography);
  const {data: site, problems} = loadSiteData(siteDir);
  if (problems.length > 0) throw new ContentError(problems);
  const titels = new Map(site.bronnen.map((b) => [b.key, b.titel]));
  const formatted = formatBibliography(entries).entries.map((e) => ({
    ...e,
    bronTitel: e.bron ? titels.get(e.bron) : undefined,
  }));
  return {data: {entries: formatted, downloads: exportPaths(options)}, bibtex: toBibtex(entries), ris: toRis(entries)};
}

/** The BibTeX and RIS downloads, at <exportDir>/<fileName>.bib and .ris of one locale's output. */
export async function writeExports(
  outDir: string,
  options: Pick<PluginOptions, 'exportDir' | 'fileName'>,
  content: Pick<LiteratuurContent, 'bibtex' | 'ris'>,
): Promise<void> {
  const {bibtex, ris} = exportPaths(options);
  await fs.mkdir(path.join(outDir, options.exportDir), {recursive: true});
  await fs.writeFile(path.join(outDir, bibtex), content.bibtex, 'utf8');
  await fs.writeFile(path.join(outDir, ris), content.ris, 'utf8');
}
