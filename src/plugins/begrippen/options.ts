/**
 * Options of the begrippen plugin and its remark plugin, with their defaults in one place.
 */
import * as z from 'zod';

export interface PluginOptions {
  /** Folder (relative to a docs version's folder) that holds one file per term. */
  folder: string;
  /** Route of the term pages inside a docs version, e.g. "/begrippen" → /begrippen/<id>. */
  routePrefix: string;
}

export const DEFAULT_OPTIONS: PluginOptions = {
  folder: 'begrippen',
  routePrefix: '/begrippen',
};

const optionsSchema = z.strictObject({
  // Docusaurus adds the plugin instance id to every plugin's options.
  id: z.string().optional(),
  folder: z.string().min(1, {error: 'folder mag niet leeg zijn'}).default(DEFAULT_OPTIONS.folder),
  routePrefix: z
    .string()
    .regex(/^\/[a-z0-9/-]*[a-z0-9]$/, {error: 'routePrefix moet beginnen met "/" en niet eindigen op "/"'})
    .default(DEFAULT_OPTIONS.routePrefix),
});

export function validateOptions(input: unknown = {}): PluginOptions {
  const result = optionsSchema.safeParse(input ?? {});
  if (!result.success) {
    throw new Error(
      `Ongeldige opties voor de begrippen-plugin: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const {folder, routePrefix} = result.data;
  return {folder, routePrefix};
}
