/**
 * Options of the edities plugin: every option of Docusaurus's docs plugin (checked by that plugin)
 * plus `vastPad`, the URL segment that names the current edition.
 */
import type {OptionValidationContext} from '@docusaurus/types';
import {
  validateOptions as validateDocsOptions,
  type Options as DocsOptions,
  type PluginOptions as DocsPluginOptions,
} from '@docusaurus/plugin-content-docs';
import * as z from 'zod';
import {CURRENT_EDITION, pinnedEditionPath} from '../../content/vocabulary';
import {createOptionsValidator} from '../shared/options';

export const PLUGIN_NAME = 'edities';

const own = createOptionsValidator({
  plugin: PLUGIN_NAME,
  shape: {
    /**
     * The path that names the current edition: every page of the current docs version is served a
     * second time below it ("/2024" → "/2024/handleiding/houding"). Take it from the vocabulary
     * (pinnedEditionPath), so the URLs the site cites and the URLs it serves are one.
     */
    vastPad: z
      .string()
      .regex(/^\/[a-z0-9][a-z0-9.-]*$/, {
        error: 'moet één pad-deel zijn dat de editie noemt, met een / ervoor, bijvoorbeeld "/2024"',
      })
      .default(pinnedEditionPath(CURRENT_EDITION, '')),
  },
});

export type Options = DocsOptions & {vastPad?: string};
export type PluginOptions = DocsPluginOptions & {vastPad: string};

/** Docusaurus's hook: our option with our schema, the rest with the docs plugin's own. */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Options | undefined, PluginOptions>): PluginOptions {
  const {vastPad, ...docsOptions} = options ?? ({} as Options);
  const {vastPad: checked} = own.normalize({vastPad});
  // The docs plugin validates what is its own; its validator returns its own options type.
  const docs = validateDocsOptions({
    validate: validate as unknown as OptionValidationContext<DocsOptions | undefined, DocsPluginOptions>['validate'],
    options: docsOptions,
  });
  return {...docs, vastPad: checked};
}
