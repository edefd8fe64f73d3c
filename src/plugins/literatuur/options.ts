import * as z from 'zod';

/** Options of the literatuur plugin; defaults live only here. Validated by the plugin function itself (not through Docusaurus's validateOptions hook, whose signature differs). */
export interface PluginOptions {
  /** CSL-JSON bibliography, relative to the site directory. */
  bibliography: string;
  /** Where the BibTeX and RIS exports are written, relative to the build output (per locale). */
  exportDir: string;
  /** File name without extension of both exports: <exportDir>/<fileName>.bib and .ris */
  fileName: string;
}

export const DEFAULT_OPTIONS: PluginOptions = {
  bibliography: 'src/data/literatuur.json',
  exportDir: 'downloads',
  fileName: 'literatuur',
};

const pathPart = /^[a-z0-9][a-z0-9/_-]*$/;

export const optionsSchema = z.strictObject({
  /** Docusaurus adds the plugin instance id ("default") to every plugin's options. */
  id: z.string().optional(),
  bibliography: z.string().min(1).default(DEFAULT_OPTIONS.bibliography),
  exportDir: z
    .string()
    .regex(pathPart, {error: 'gebruik een map zonder "/" vooraan, bijvoorbeeld "downloads"'})
    .default(DEFAULT_OPTIONS.exportDir),
  fileName: z
    .string()
    .regex(/^[a-z0-9-]+$/, {error: 'gebruik kleine letters, cijfers en "-", zonder extensie'})
    .default(DEFAULT_OPTIONS.fileName),
});

export function validateOptions(input: unknown): PluginOptions {
  const result = optionsSchema.safeParse(input ?? {});
  if (!result.success) {
    throw new Error(
      `[literatuur] ongeldige opties: ${result.error.issues.map((i) => `${i.path.join('.') || '(opties)'}: ${i.message}`).join('; ')}`,
    );
  }
  const {bibliography, exportDir, fileName} = result.data;
  return {bibliography, exportDir, fileName};
}

/** URL paths (without base URL) of the exports, as used in links. */
export function exportPaths(o: PluginOptions): {bibtex: string; ris: string} {
  return {bibtex: `/${o.exportDir}/${o.fileName}.bib`, ris: `/${o.exportDir}/${o.fileName}.ris`};
}
