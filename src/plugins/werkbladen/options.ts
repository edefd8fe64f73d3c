import * as z from 'zod';

/** Options of the werkbladen plugin; every default lives here. */
export interface PluginOptions {
  /** Folder (relative to the site) that holds the worksheet sources. */
  dir: string;
  /** Edition printed in every file's footer. */
  editie: string;
  /** URL folder the files are written to: /<outPath>/<id>.pdf and .docx. */
  outPath: string;
}

export const DEFAULT_OPTIONS: PluginOptions = {
  dir: 'docs/werkbladen',
  editie: 'Editie 2024',
  outPath: 'werkbladen',
};

const optionsSchema = z.strictObject({
  // Docusaurus adds the plugin instance id to every plugin's options.
  id: z.string().optional(),
  dir: z.string().min(1).default(DEFAULT_OPTIONS.dir),
  editie: z.string().min(1).default(DEFAULT_OPTIONS.editie),
  outPath: z
    .string()
    .regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, {error: 'outPath: gebruik een map zonder "/" aan begin of eind, bijvoorbeeld "werkbladen"'})
    .default(DEFAULT_OPTIONS.outPath),
});

export function normalizeOptions(options: unknown): PluginOptions {
  const result = optionsSchema.safeParse(options ?? {});
  if (!result.success) {
    throw new Error(`Opties van de werkbladen-plugin kloppen niet: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const {id: _id, ...opts} = result.data;
  return opts;
}
