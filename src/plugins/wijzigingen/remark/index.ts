/**
 * remark plugin of the errata: a page of a frozen edition that was corrected after it was fixed
 * opens, under its title, with a notice (<ErratumMelding>) linking to the edition's errata. Its
 * data is the page's own front matter: markdown.parseFrontMatter gives such a page its errata as
 * change notes (`wijzigingen` with an `erratum` id).
 */
import path from 'node:path';
import type {Root, RootContent} from 'mdast';
import {editionOfFile} from '../../../content/editions';
import {isVastgezet} from '../../../content/vastgezet';
import {ensureDefaultImport, insertBlocks, jsxBlock} from '../../shared/mdx';
import {errataPad} from '../shared/paden';
import type {WijzigingNotitie} from '../shared/types';

export interface RemarkErrataOptions {
  siteDir: string;
}

export default function remarkErrata(options: RemarkErrataOptions) {
  return (tree: Root, file: {path?: string; data?: {frontMatter?: Record<string, unknown>}}): void => {
    const rel = path
      .relative(options.siteDir, file.path ?? '')
      .split(path.sep)
      .join('/');
    if (!/^(versioned_docs|i18n\/[^/]+\/docusaurus-plugin-content-docs)\//.test(rel)) return;
    const edition = editionOfFile(rel);
    if (!isVastgezet(edition)) return;
    const notes = (file.data?.frontMatter?.wijzigingen as WijzigingNotitie[] | undefined) ?? [];
    const errata = notes.flatMap((w) => (w.erratum ? [{id: w.erratum, datum: w.datum}] : []));
    if (errata.length === 0) return;
    insertBlocks(tree, 'start', [jsxBlock('ErratumMelding', {errata, errataPad: errataPad(edition)}) as RootContent]);
    ensureDefaultImport(tree, 'ErratumMelding', '@theme/ErratumMelding');
  };
}
