/**
 * Front-matter schemas for every kind of content page. One source of truth:
 * the build (content-validation plugin), `npm run check` and the content tests
 * all validate with these, so a contributor sees the same message everywhere.
 */
import * as z from 'zod';
import {BRON_KEYS} from '../data/bronnen';

export const CONTENT_TYPES = [
  'handleiding',
  'ouders',
  'spanningsveld',
  'gouden-regels',
  'onderzoek',
  'begrip',
  'werkblad',
  'info',
] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

export const DOELGROEPEN = ['ouders', 'opvoeders', 'professionals', 'organisatie'] as const;

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const kebabId = (wat: string) =>
  z
    .string({error: `ontbreekt: geef ${wat} in kleine letters met streepjes, bijvoorbeeld "afstand-en-nabijheid"`})
    .regex(kebab, {error: `moet bestaan uit kleine letters, cijfers en streepjes (bijvoorbeeld "afstand-en-nabijheid")`});

export const bronRefSchema = z.strictObject({
  bron: z.enum(BRON_KEYS, {
    error: `onbekende bron; kies een van: ${BRON_KEYS.join(', ')}`,
  }),
  waar: z.string().min(1).optional(),
});

/** Fields every content page has. Other Docusaurus keys (sidebar_label, keywords …) pass through. */
export const baseSchema = z.looseObject({
  id: kebabId('een vaste id'),
  slug: z
    .string({error: 'ontbreekt: geef een vaste URL, bijvoorbeeld "/spanningsvelden/afstand-en-nabijheid"'})
    .regex(/^\/[a-z0-9/-]*$/, {
      error: 'moet beginnen met "/" en mag alleen kleine letters, cijfers, "-" en "/" bevatten',
    }),
  title: z
    .string({error: 'ontbreekt: geef de pagina een titel'})
    .min(3, {error: 'is te kort: geef een titel van minstens 3 tekens'}),
  description: z
    .string({error: 'ontbreekt: voeg één zin toe die zegt wat de lezer op deze pagina vindt'})
    .min(20, {error: 'is te kort: schrijf één volledige zin (minstens 20 tekens)'})
    .max(300, {error: 'is te lang: houd de beschrijving onder 300 tekens'}),
  type: z.enum(CONTENT_TYPES, {error: `ontbreekt of is onbekend; kies een van: ${CONTENT_TYPES.join(', ')}`}),
  bronnen: z
    .array(bronRefSchema, {error: 'ontbreekt: noem minstens één bron, bijvoorbeeld "- bron: kenniscafe-1"'})
    .min(1, {error: 'is leeg: noem minstens één bron'}),
  sidebar_position: z.number().optional(),
  literatuur: z.array(z.string()).optional(),
  sinds2021: z.string().min(10).optional(),
  doelgroep: z.array(z.enum(DOELGROEPEN, {error: `kies uit: ${DOELGROEPEN.join(', ')}`})).optional(),
  thema: z.array(kebabId('een thema')).optional(),
  werkbladen: z.array(kebabId('een werkblad-id')).optional(),
  handelingen: z.array(kebabId('een handeling-id')).optional(),
  gouden_regels: z.array(kebabId('een gouden-regel-id')).optional(),
  kenniscafe: kebabId('een kenniscafé-slug').optional(),
});

/** Stricter shapes per type; other issues (begrippen, werkbladen) extend this map. */
export const typeSchemas: Partial<Record<ContentType, z.ZodType>> = {
  spanningsveld: baseSchema.extend({
    thema: z.array(kebabId('een thema')).min(1, {error: 'noem minstens één thema'}),
    doelgroep: z
      .array(z.enum(DOELGROEPEN, {error: `kies uit: ${DOELGROEPEN.join(', ')}`}))
      .min(1, {error: 'noem voor wie dit spanningsveld speelt'}),
  }),
  // One file per glossary term (docs/begrippen/<id>.md); cross-file checks in src/plugins/begrippen/terms.ts.
  begrip: baseSchema.extend({
    term: z.string({error: 'ontbreekt: geef het begrip zoals de lezer het ziet, bijvoorbeeld "gezinshuisouder"'}).min(2),
    aliases: z
      .array(z.string().min(2, {error: 'een alias is minstens 2 tekens'}), {
        error: 'moet een lijst zijn van vervoegingen en synoniemen, bijvoorbeeld [gezinshuisouders, gezinshuismoeder]',
      })
      .optional(),
    definitie: z
      .string({error: 'ontbreekt: geef een korte uitleg in gewone taal (één of twee zinnen)'})
      .min(20, {error: 'is te kort: schrijf één of twee volledige zinnen (minstens 20 tekens)'})
      .max(400, {error: 'is te lang: houd de definitie bij één of twee zinnen; zet meer uitleg in de tekst van de pagina'}),
    engels: z.string({error: 'ontbreekt: geef het Engelse woord voor dit begrip'}).min(2),
    verwant: z.array(kebabId('een begrip-id')).optional(),
  }),
};

export const blogSchema = z.looseObject({
  slug: kebabId('een vaste slug'),
  title: z.string({error: 'ontbreekt: geef het verslag een titel'}).min(3),
  description: z
    .string({error: 'ontbreekt: voeg één zin toe die zegt waar dit kenniscafé over ging'})
    .min(20, {error: 'is te kort: schrijf één volledige zin (minstens 20 tekens)'}),
  authors: z
    .array(z.string(), {error: 'ontbreekt: noem de auteurs met hun sleutel uit blog/authors.yml'})
    .min(1, {error: 'noem minstens één auteur uit blog/authors.yml'}),
  tags: z
    .array(z.string(), {error: 'ontbreekt: noem de thema’s met hun sleutel uit blog/tags.yml'})
    .min(1, {error: 'noem minstens één thema uit blog/tags.yml'}),
  bronnen: baseSchema.shape.bronnen,
});

export function schemaFor(type: unknown): z.ZodType {
  return (typeof type === 'string' && typeSchemas[type as ContentType]) || baseSchema;
}
