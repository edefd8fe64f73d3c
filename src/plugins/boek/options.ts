import * as z from 'zod';

/** Options of the boek plugin; every default lives in DEFAULT_OPTIONS. */
export interface PluginOptions {
  /** Title of the book: cover, PDF/EPUB metadata, running footer. */
  title: string;
  /** Subtitle on the cover. */
  subtitle: string;
  /** Who makes and publishes the book (colophon, metadata). */
  maker: string;
  /**
   * Sidebar of the docs plugin whose pages make the book, in sidebar order, in
   * every version that has it (versioned sidebars included).
   */
  sidebarId: string;
  /**
   * One book per docs version listed here: version name ("current", "2021") →
   * the year used in file names (`handleiding-2024.pdf`). A version that is not
   * listed gets no book; a listed version that does not exist stops the build.
   */
  editions: Record<string, string>;
  /** URL folder of the files, below the base URL (and below /en/ for the English site). */
  outPath: string;
  /** File name before the year: `<outPath>/<fileName>-<year>.pdf` and `.epub`. */
  fileName: string;
  /** First path segment of glossary pages (`/begrippen/<id>`); terms linked in the book become its appendix. */
  begrippenPath: string;
  /**
   * File name before the year of the zip with every worksheet (PDF and Word) of
   * the werkbladen plugin, `<outPath>/<werkbladenZip>-<year>.zip`, for the
   * edition named by that plugin. `false`: no zip.
   */
  werkbladenZip: string | false;
  /** License of the own text, printed in the colophon. */
  license: {name: string; url: string};
}

export const DEFAULT_OPTIONS: PluginOptions = {
  title: 'Handleiding Relationele Route',
  subtitle: 'tot gedeeld opvoederschap',
  maker: 'Kennisbank Gedeeld Opvoederschap',
  sidebarId: 'handleiding',
  editions: {current: '2024', '2021': '2021'},
  outPath: 'downloads',
  fileName: 'handleiding',
  begrippenPath: 'begrippen',
  werkbladenZip: 'werkbladen',
  license: {
    name: 'Creative Commons Naamsvermelding 4.0 Internationaal (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
  },
};

const slug = /^[a-z0-9][a-z0-9-]*$/;
const text = (field: string) => z.string({error: `${field}: geef een tekst`}).trim().min(1, {error: `${field}: mag niet leeg zijn`});

const optionsSchema = z.strictObject(
  {
    // Docusaurus adds the plugin instance id to every plugin's options.
    id: z.string().optional(),
    title: text('title').default(DEFAULT_OPTIONS.title),
    subtitle: z.string({error: 'subtitle: geef een tekst (mag leeg zijn)'}).default(DEFAULT_OPTIONS.subtitle),
    maker: text('maker').default(DEFAULT_OPTIONS.maker),
    sidebarId: text('sidebarId').default(DEFAULT_OPTIONS.sidebarId),
    editions: z
      .record(
        z.string(),
        z.string().regex(/^[0-9]{4}[a-z0-9-]*$/, {
          error: 'editions: het jaar van elke editie is vier cijfers (bijvoorbeeld "2024"), eventueel gevolgd door kleine letters of "-"',
        }),
        {error: 'editions: geef per docs-versie het jaar, bijvoorbeeld {current: "2024", "2021": "2021"}'},
      )
      .refine((e) => Object.keys(e).length > 0, {error: 'editions: noem minstens één docs-versie'})
      .refine((e) => new Set(Object.values(e)).size === Object.values(e).length, {
        error: 'editions: twee edities hebben hetzelfde jaar; dan zouden hun bestanden elkaar overschrijven',
      })
      .default(DEFAULT_OPTIONS.editions),
    outPath: z
      .string()
      .regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, {error: 'outPath: gebruik een map zonder "/" aan begin of eind, bijvoorbeeld "downloads"'})
      .default(DEFAULT_OPTIONS.outPath),
    fileName: z.string().regex(slug, {error: 'fileName: gebruik kleine letters, cijfers en "-", zonder extensie, bijvoorbeeld "handleiding"'}).default(DEFAULT_OPTIONS.fileName),
    begrippenPath: z
      .string()
      .regex(slug, {error: 'begrippenPath: het eerste stuk van het pad van een begrip, zonder "/", bijvoorbeeld "begrippen"'})
      .default(DEFAULT_OPTIONS.begrippenPath),
    werkbladenZip: z
      .union([z.literal(false), z.string().regex(slug)], {
        error: 'werkbladenZip: geef een bestandsnaam zonder extensie (kleine letters, cijfers, "-"), of false voor geen zip',
      })
      .default(DEFAULT_OPTIONS.werkbladenZip),
    license: z
      .strictObject(
        {name: text('license.name'), url: z.url({error: 'license.url: geef een volledige URL, beginnend met https://'})},
        {error: 'license: geef {name, url}'},
      )
      .default(DEFAULT_OPTIONS.license),
  },
  // zod's own text for an unknown key is English; name the key and the known ones.
  {error: (issue) => (issue.code === 'unrecognized_keys' ? `onbekende optie ${issue.keys.map((k) => `"${k}"`).join(', ')}; bekende opties: ${Object.keys(DEFAULT_OPTIONS).join(', ')}` : undefined)},
);

export function validateOptions(options: unknown): PluginOptions {
  const result = optionsSchema.safeParse(options ?? {});
  if (!result.success) {
    throw new Error(
      `Opties van de boek-plugin (src/plugins/boek) kloppen niet: ${result.error.issues
        .map((i) => (i.path.length > 0 && !i.message.startsWith(String(i.path[0])) ? `${i.path.join('.')}: ${i.message}` : i.message))
        .join('; ')}`,
    );
  }
  const {id: _id, ...opts} = result.data;
  return opts;
}

/** Site paths (without base URL) of one edition's files. */
export function bookPaths(o: Pick<PluginOptions, 'outPath' | 'fileName'>, year: string): {pdf: string; epub: string} {
  return {pdf: `/${o.outPath}/${o.fileName}-${year}.pdf`, epub: `/${o.outPath}/${o.fileName}-${year}.epub`};
}

export function werkbladenZipPath(o: Pick<PluginOptions, 'outPath' | 'werkbladenZip'>, year: string): string | undefined {
  return o.werkbladenZip === false ? undefined : `/${o.outPath}/${o.werkbladenZip}-${year}.zip`;
}
