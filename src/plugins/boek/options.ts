/**
 * Options of the boek plugin; every default lives here. The editions come from
 * the vocabulary (src/content/vocabulary.ts): every docs version whose sidebar
 * `sidebarId` exists gets a book, named after the edition's year.
 */
import * as z from 'zod';
import {URLS} from '../../content/vocabulary';
import {createOptionsValidator} from '../shared/options';

export const PLUGIN_NAME = 'boek';

const slug = /^[a-z0-9][a-z0-9-]*$/;
const text = z.string({error: 'geef een tekst'}).trim().min(1, {error: 'mag niet leeg zijn'});

const options = createOptionsValidator({
  plugin: PLUGIN_NAME,
  shape: {
    /** Title of the book: cover, PDF/EPUB metadata, running footer. */
    title: text.default('Handleiding Relationele Route'),
    /** Subtitle on the cover (may be empty). */
    subtitle: z.string().default('tot gedeeld opvoederschap'),
    /** Who makes and publishes the book (colophon, metadata). */
    maker: text.default('Kennisbank Gedeeld Opvoederschap'),
    /** Sidebar of the docs plugin whose pages make the book, in sidebar order. */
    sidebarId: text.default('handleiding'),
    /** Id of the docs plugin instance. */
    docsPluginId: text.default('default'),
    /** URL folder of the files, below the base URL (and below /en/ for the English site). */
    outPath: z
      .string()
      .regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, {
        error: 'gebruik een map zonder "/" aan begin of eind, bijvoorbeeld "downloads"',
      })
      .default(URLS.downloads.slice(1)),
    /** File name before the year: `<outPath>/<fileName>-<year>.pdf` and `.epub`. */
    fileName: z
      .string()
      .regex(slug, {error: 'gebruik kleine letters, cijfers en "-", zonder extensie, bijvoorbeeld "handleiding"'})
      .default('handleiding'),
    /** License of the own text, printed in the colophon. */
    license: z
      .strictObject(
        {name: text, url: z.url({error: 'geef een volledige URL, beginnend met https://'})},
        {error: 'geef {name, url}'},
      )
      .default({
        name: 'Creative Commons Naamsvermelding 4.0 Internationaal (CC BY 4.0)',
        url: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
      }),
  },
  removed: {
    editions:
      'de edities en hun jaar staan in src/content/vocabulary.ts (EDITIONS); elke editie met de zijbalk krijgt een boek.',
    werkbladenZip: 'de zip met werkbladen maakt nu de werkbladen-plugin (optie "zip").',
    begrippenPath: 'het pad van een begrip ligt vast in src/content/vocabulary.ts (URLS.begrippen).',
  },
});

export const {validateOptions, normalize: normalizeOptions} = options;
export type PluginOptions = ReturnType<typeof options.normalize>;
export const DEFAULT_OPTIONS: PluginOptions = options.defaults;

/** Site paths (without base URL) of one edition's files. */
export function bookPaths(o: Pick<PluginOptions, 'outPath' | 'fileName'>, year: string): {pdf: string; epub: string} {
  return {pdf: `/${o.outPath}/${o.fileName}-${year}.pdf`, epub: `/${o.outPath}/${o.fileName}-${year}.epub`};
}
