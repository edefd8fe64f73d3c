/**
 * Front-matter schemas for every kind of content page, built from the site's
 * vocabulary and data files. One source of truth: `markdown.parseFrontMatter`
 * (so every page, plugin and component sees validated values with their
 * defaults), `npm run check`, the build's content validation, the tests and the
 * web editor's field lists all come from here.
 */
import * as z from 'zod';
import {ISO_DATUM, alsDatumTekst, isEchteDatum, vandaag} from './datum';
import {zinnen} from './leesbaarheid/zinnen';
import {
  AUDIENCES,
  CONTENT_TYPES,
  PHASES,
  QUESTION_KINDS,
  THEMES,
  WORKSHEET_USERS,
  type ContentType,
} from './vocabulary';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const kebabId = (wat: string) =>
  z
    .string({error: `ontbreekt: geef ${wat} in kleine letters met streepjes, bijvoorbeeld "afstand-en-nabijheid"`})
    .regex(kebab, {
      error: `moet bestaan uit kleine letters, cijfers en streepjes (bijvoorbeeld "afstand-en-nabijheid")`,
    });

const choice = <T extends string>(values: readonly [T, ...T[]], wat: string) =>
  z.enum(values, {error: `${wat}; kies uit: ${values.join(', ')}`});

const vraagTekst = z
  .string({error: 'ontbreekt: geef de vraag als tekst'})
  .min(3, {error: 'is te kort: schrijf de vraag uit'});

/** Worksheet questions; each kind's answer area has its defaults here, used by the page, the PDF and the Word file alike. */
export const vraagSchema = z.discriminatedUnion(
  'soort',
  [
    z.strictObject({
      soort: z.literal('tekst'),
      tekst: vraagTekst,
      regels: z.number().int().min(1).max(12, {error: 'hoogstens 12 regels; splits de vraag anders op'}).default(3),
    }),
    z.strictObject({soort: z.literal('ja-nee'), tekst: vraagTekst}),
    z.strictObject({
      soort: z.literal('schaal'),
      tekst: vraagTekst,
      stappen: z.number().int().min(3).max(7, {error: 'kies 3 tot 7 stappen'}).default(5),
      labels: z.tuple([z.string().min(1), z.string().min(1)], {
        error: 'geef twee labels: het laagste en het hoogste punt, bijvoorbeeld ["helemaal niet", "helemaal wel"]',
      }),
    }),
    z.strictObject({
      soort: z.literal('checklist'),
      tekst: vraagTekst,
      opties: z
        .array(z.string().min(1), {error: 'ontbreekt: geef de keuzes als lijst onder "opties"'})
        .min(2, {error: 'geef minstens twee opties'}),
    }),
    z.strictObject({
      soort: z.literal('tabel'),
      tekst: vraagTekst,
      kolommen: z
        .array(z.string().min(1), {error: 'ontbreekt: geef de kolomkoppen als lijst onder "kolommen"'})
        .min(1, {error: 'geef minstens één kolom'})
        .max(5, {error: 'hoogstens 5 kolommen passen op A4'}),
      rijen: z.union([z.number().int().min(1).max(12), z.array(z.string().min(1)).min(1).max(14)], {
        error: 'geef het aantal lege rijen (1 tot 12) of een lijst met rijnamen',
      }),
    }),
    z.strictObject({soort: z.literal('kaart'), tekst: vraagTekst}),
  ],
  {error: `ontbreekt of is onbekend: kies als soort een van ${QUESTION_KINDS.join(', ')}`},
);
export type Vraag = z.output<typeof vraagSchema>;

/** Sentences and length of a `kort_gezegd`: a summary is short, but says more than one thing. */
export const KORT_GEZEGD = {minZinnen: 3, maxZinnen: 5, maxTekens: 600} as const;

/** "Kort gezegd" at the top of a page: 3–5 short sentences in B1 (readability: the rule "leesbaarheid"). */
export const kortGezegdSchema = z
  .string({error: 'moet een tekst zijn: 3 tot 5 korte zinnen tussen aanhalingstekens'})
  .superRefine((tekst, ctx) => {
    const n = zinnen(tekst).length;
    const {minZinnen, maxZinnen, maxTekens} = KORT_GEZEGD;
    if (n < minZinnen) {
      ctx.addIssue({
        code: 'custom',
        message: `is te kort: schrijf ${minZinnen} tot ${maxZinnen} korte zinnen (nu ${n})`,
      });
    } else if (n > maxZinnen) {
      ctx.addIssue({
        code: 'custom',
        message: `is te lang: houd het bij ${minZinnen} tot ${maxZinnen} korte zinnen (nu ${n}); de rest staat in de tekst van de pagina`,
      });
    } else if (tekst.length > maxTekens) {
      ctx.addIssue({
        code: 'custom',
        message: `is te lang: hoogstens ${maxTekens} tekens (nu ${tekst.length}); maak de zinnen korter`,
      });
    }
  });

/**
 * A page's change notes (front matter `wijzigingen`): each a real date, not after `today`, newest
 * first, none twice. Every problem is reported on the line of the note it is about.
 */
export function wijzigingenSchema(today: string) {
  return z
    .array(
      z.strictObject({
        datum: z.preprocess(
          alsDatumTekst,
          z
            .string({error: 'ontbreekt: geef de datum als JJJJ-MM-DD, bijvoorbeeld "2026-12-05"'})
            .regex(ISO_DATUM, {error: 'moet een datum zijn als JJJJ-MM-DD, bijvoorbeeld "2026-12-05"'})
            .refine(isEchteDatum, {error: 'bestaat niet: controleer maand (01–12) en dag; de vorm is JJJJ-MM-DD'})
            .refine((d) => d <= today, {
              error: `ligt in de toekomst (vandaag is ${today}): schrijf een wijziging op als ze gedaan is`,
            }),
        ),
        tekst: z
          .string({error: 'ontbreekt: zeg in één zin wat er veranderde'})
          .trim()
          .min(10, {error: 'is te kort: zeg in één volledige zin wat er veranderde'}),
      }),
      {error: 'moet een lijst zijn van wijzigingen met "datum" en "tekst"'},
    )
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((w, i) => {
        const previous = list[i - 1];
        if (previous && w.datum > previous.datum) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'datum'],
            message: `staat niet op volgorde: ${w.datum} is nieuwer dan ${previous.datum} erboven. Zet de nieuwste wijziging bovenaan`,
          });
        }
        const key = `${w.datum}\n${w.tekst}`;
        if (seen.has(key)) {
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: 'staat twee keer in de lijst (zelfde datum en tekst): haal er één weg',
          });
        }
        seen.add(key);
      });
    });
}

export interface SchemaOptions {
  /** Today as JJJJ-MM-DD (change notes may not be later); default: today in the Netherlands. */
  vandaag?: string;
}

/** The schemas, with the keys of the site's data files (sources) as closed lists. */
export function contentSchemas(bronKeys: readonly string[], {vandaag: today = vandaag()}: SchemaOptions = {}) {
  const keys = (bronKeys.length ? bronKeys : ['(geen bronnen)']) as [string, ...string[]];
  const bronRef = z.strictObject({
    bron: z.enum(keys, {
      error: `onbekende bron; kies een van: ${keys.join(', ')} (of voeg de bron toe: src/data/bronnen/<sleutel>.yml)`,
    }),
    waar: z.string().min(1).optional(),
  });
  const bronnen = z
    .array(bronRef, {error: 'ontbreekt: noem minstens één bron, bijvoorbeeld "- bron: kenniscafe-1"'})
    .min(1, {error: 'is leeg: noem minstens één bron'});

  /** Fields every content page has. Other Docusaurus keys (sidebar_label, keywords …) pass through. */
  const base = z.looseObject({
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
    type: choice(CONTENT_TYPES, 'ontbreekt of is onbekend'),
    bronnen,
    sidebar_position: z.number().optional(),
    literatuur: z
      .array(z.string(), {error: 'moet een lijst van sleutels uit src/data/literatuur.json zijn'})
      .optional(),
    sinds2021: z
      .string()
      .min(10, {error: 'is te kort: zeg in een volledige zin wat er sinds 2021 veranderde'})
      .optional(),
    doelgroep: z.array(choice(AUDIENCES, 'onbekende doelgroep')).optional(),
    thema: z.array(choice(THEMES, 'onbekend thema (een nieuw thema komt in src/content/vocabulary.ts)')).optional(),
    werkbladen: z.array(kebabId('een werkblad-id')).optional(),
    handelingen: z.array(kebabId('een handeling-id')).optional(),
    gouden_regels: z.array(kebabId('een gouden-regel-id')).optional(),
    kenniscafe: kebabId('een kenniscafé-slug').optional(),
    kort_gezegd: kortGezegdSchema.optional(),
    /**
     * Major changes to the page (GOV.UK's change notes): a date and one plain-Dutch sentence each,
     * newest first. A minor edit (typo, layout) gets none. The newest one is the page's "Laatst
     * gewijzigd" (markdown.parseFrontMatter fills Docusaurus's last_update from it).
     */
    wijzigingen: wijzigingenSchema(today).optional(),
  });

  const sectie = z.strictObject({
    titel: z.string({error: 'ontbreekt: geef de sectie een titel'}).min(3),
    intro: z.string().min(3).optional(),
    bevinding: z
      .strictObject({
        tekst: z.string({error: 'ontbreekt: beschrijf in eigen woorden de bevinding waarop de vragen rusten'}).min(10),
        bron: bronRef.shape.bron,
        waar: z.string().min(1).optional(),
      })
      .optional(),
    vragen: z
      .array(vraagSchema, {error: 'ontbreekt: zet de vragen van deze sectie onder "vragen"'})
      .min(1, {error: 'is leeg: geef minstens één vraag'}),
  });

  const werkblad = base.extend({
    doel: z.string({error: 'ontbreekt: zeg in één zin waarvoor het werkblad dient'}).min(10),
    voor: z
      .array(choice(WORKSHEET_USERS, 'onbekende gebruiker'), {
        error: `ontbreekt: zeg wie het werkblad gebruikt (${WORKSHEET_USERS.join(', ')})`,
      })
      .min(1, {error: 'noem minstens één gebruiker'}),
    fase: z
      .array(choice(PHASES, 'onbekende fase'), {
        error: `ontbreekt: noem de fase(n) van de route (${PHASES.join(', ')})`,
      })
      .min(1, {error: 'noem minstens één fase'}),
    instructie: z.string({error: 'ontbreekt: leg in een paar zinnen uit hoe je het werkblad gebruikt'}).min(10),
    secties: z
      .array(sectie, {error: 'ontbreekt: zet de vragen in secties onder "secties"'})
      .min(1, {error: 'is leeg: geef minstens één sectie'}),
  });

  const spanningsveld = base.extend({
    thema: z
      .array(choice(THEMES, 'onbekend thema (een nieuw thema komt in src/content/vocabulary.ts)'))
      .min(1, {error: 'noem minstens één thema'}),
    doelgroep: z
      .array(choice(AUDIENCES, 'onbekende doelgroep'))
      .min(1, {error: 'noem voor wie dit spanningsveld speelt'}),
  });

  /** One file per glossary term (docs/begrippen/<id>.md); the words of all terms are checked together in validate.ts. */
  const begrip = base.extend({
    term: z
      .string({error: 'ontbreekt: geef het begrip zoals de lezer het ziet, bijvoorbeeld "gezinshuisouder"'})
      .trim()
      .min(2),
    aliases: z
      .array(z.string().trim().min(2, {error: 'een alias is minstens 2 tekens'}), {
        error: 'moet een lijst zijn van vervoegingen en synoniemen, bijvoorbeeld [gezinshuisouders, gezinshuismoeder]',
      })
      .default([]),
    definitie: z
      .string({error: 'ontbreekt: geef een korte uitleg in gewone taal (één of twee zinnen)'})
      .trim()
      .min(20, {error: 'is te kort: schrijf één of twee volledige zinnen (minstens 20 tekens)'})
      .max(400, {
        error: 'is te lang: houd de definitie bij één of twee zinnen; zet meer uitleg in de tekst van de pagina',
      }),
    engels: z.string({error: 'ontbreekt: geef het Engelse woord voor dit begrip'}).trim().min(2),
    verwant: z.array(kebabId('een begrip-id')).default([]),
  });

  const types: Partial<Record<ContentType, z.ZodType>> = {werkblad, spanningsveld, begrip};

  const blog = z.looseObject({
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
    bronnen,
    /** Major changes after publication, as on docs pages. */
    wijzigingen: wijzigingenSchema(today).optional(),
  });

  return {
    base,
    blog,
    werkblad,
    begrip,
    spanningsveld,
    /** The schema of a docs page, by its `type`. */
    doc(type: unknown): z.ZodType {
      return (typeof type === 'string' && types[type as ContentType]) || base;
    },
  };
}
export type ContentSchemas = ReturnType<typeof contentSchemas>;

export type BaseFrontMatter = z.output<ContentSchemas['base']>;
export type Werkblad = z.output<ContentSchemas['werkblad']>;
export type WerkbladSectie = Werkblad['secties'][number];
export type BegripFrontMatter = z.output<ContentSchemas['begrip']>;
export type SpanningsveldFrontMatter = z.output<ContentSchemas['spanningsveld']>;
export type BronRef = BaseFrontMatter['bronnen'][number];
/** One change note as written in front matter. */
export type WijzigingNotitie = z.output<ReturnType<typeof wijzigingenSchema>>[number];
