/**
 * Site-wide indexes built from the docs plugin's front matter once all content
 * is loaded (the sinds2021 notes for the 2021 edition, the spanningsvelden
 * overview). The work is in collect.ts; pages read it through ./client.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {buildIndex} from './collect';

export const PLUGIN_NAME = 'kennisbank-index';

export default function kennisbankIndexPlugin(_context: LoadContext): Plugin<unknown> {
  return {
    name: PLUGIN_NAME,
    async allContentLoaded({allContent, actions}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      const current = docs?.loadedVersions.find((v) => v.versionName === 'current');
      if (!current) {
        throw new Error(`[${PLUGIN_NAME}] de huidige editie van de docs is niet gevonden; staat de docs-plugin in docusaurus.config.ts?`);
      }
      actions.setGlobalData(buildIndex(current.docs));
    },
  };
}
