/**
 * The worksheets of the current edition, from the pages the docs plugin loaded
 * (front matter validated and defaulted once, by markdown.parseFrontMatter), in
 * sidebar order, and the files made from each.
 */
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {CURRENT_EDITION} from '../../../content/vocabulary';
import type {Bron} from '../../../content/siteData';
import {bestandPad, type Werkblad, type WerkbladInfo, type WerkbladMeta} from '../shared/model';
import {createDocx} from './docx';
import {createPdf} from './pdf';

export interface SheetSource {
  sheet: Werkblad;
  permalink: string;
}

export function sheetsOf(docs: DocsContent): {sheets: SheetSource[]; editie: string} {
  const current = docs.loadedVersions.find((v) => v.versionName === CURRENT_EDITION);
  if (!current) return {sheets: [], editie: ''};
  const sheets = current.docs
    .filter((d) => d.frontMatter.type === 'werkblad')
    .map((d) => ({sheet: d.frontMatter as unknown as Werkblad, permalink: d.permalink}))
    // The sidebar's order is the reading order, on the overview too.
    .sort(
      (a, b) =>
        (a.sheet.sidebar_position ?? Infinity) - (b.sheet.sidebar_position ?? Infinity) ||
        a.sheet.id.localeCompare(b.sheet.id),
    );
  return {sheets, editie: current.label};
}

export interface Generated {
  info: WerkbladInfo;
  /** Titles of the sources the sheet names, by key: what the page shows under each finding. */
  bronnen: Record<string, string>;
  pdf: Uint8Array;
  docx: Uint8Array;
}

/** Titles of the sources a sheet's findings name. */
export function bronTitels(sheet: Werkblad, bronnen: readonly Bron[]): Record<string, string> {
  const keys = new Set(sheet.secties.flatMap((s) => (s.bevinding ? [s.bevinding.bron] : [])));
  return Object.fromEntries(bronnen.filter((b) => keys.has(b.key)).map((b) => [b.key, b.titel]));
}

export async function generate(
  sources: readonly SheetSource[],
  o: {siteName: string; siteRoot: string; editie: string; outPath: string; bronnen: readonly Bron[]},
): Promise<Generated[]> {
  return Promise.all(
    sources.map(async ({sheet, permalink}) => {
      const bronnen = bronTitels(sheet, o.bronnen);
      // The stable URL printed in the files is the default-locale page.
      const meta: WerkbladMeta = {siteName: o.siteName, editie: o.editie, url: `${o.siteRoot}${sheet.slug}`, bronnen};
      const [pdf, docx] = await Promise.all([createPdf(sheet, meta), createDocx(sheet, meta)]);
      const info: WerkbladInfo = {
        id: sheet.id,
        title: sheet.title,
        description: sheet.description,
        permalink,
        fase: sheet.fase,
        voor: sheet.voor,
        pdf: {path: bestandPad(o.outPath, sheet.id, 'pdf'), bytes: pdf.byteLength},
        docx: {path: bestandPad(o.outPath, sheet.id, 'docx'), bytes: docx.byteLength},
      };
      return {info, bronnen, pdf, docx};
    }),
  );
}
