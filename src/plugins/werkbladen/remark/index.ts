/**
 * remark plugin of the worksheets: a worksheet page gets its questions and
 * downloads (<Werkblad>) at the end of its text, with the file sizes and source
 * titles it shows; <WerkbladenOverzicht /> gets the list of all worksheets as a
 * module the overview page alone imports.
 */
import type {Root, RootContent} from 'mdast';
import {ensureDefaultImport, findElements, identifierProp, insertBlocks, jsxBlock} from '../../shared/mdx';
import {pluginDataFile, pluginDataModule, readPluginData} from '../../shared/pluginData';
import {DATA_FILE, type WerkbladenData} from '../shared/model';
import {PLUGIN_NAME} from '../options';

export interface RemarkWerkbladenOptions {
  siteDir: string;
  /** Data instead of the plugin's data file (tests). */
  data?: WerkbladenData;
}

export default function remarkWerkbladen(options: RemarkWerkbladenOptions) {
  return (tree: Root, file: {data?: {frontMatter?: Record<string, unknown>}}): void => {
    const fm = file.data?.frontMatter;
    const lists = findElements(tree, 'WerkbladenOverzicht');
    if (fm?.type !== 'werkblad' && lists.length === 0) return;
    const data =
      options.data ??
      readPluginData<WerkbladenData>(pluginDataFile(options.siteDir, PLUGIN_NAME, DATA_FILE), PLUGIN_NAME);
    if (fm?.type === 'werkblad') {
      const info = data.werkbladen.find((w) => w.id === fm.id);
      if (!info)
        throw new Error(
          `[${PLUGIN_NAME}] werkblad "${String(fm.id)}" heeft geen bestanden: staat het in de huidige editie (docs/)?`,
        );
      insertBlocks(tree, 'end', [
        jsxBlock('Werkblad', {
          downloads: {pdf: info.pdf, docx: info.docx},
          bronnen: data.bronnen[info.id] ?? {},
        }) as RootContent,
      ]);
      ensureDefaultImport(tree, 'Werkblad', '@theme/Werkblad');
    }
    if (lists.length > 0) {
      ensureDefaultImport(tree, 'WerkbladenOverzicht', '@theme/WerkbladenOverzicht');
      ensureDefaultImport(tree, '__werkbladen', pluginDataModule(PLUGIN_NAME, DATA_FILE));
      for (const el of lists) el.attributes.push(identifierProp('data', '__werkbladen'));
    }
  };
}
