/**
 * The editor's four collections, one function each: the kenniscafés (blog posts), the
 * spanningsvelden and begrippen (docs pages) and the sources (data files). Each form field comes
 * from the schema's facts (fields.ts); this file holds the site's words for them.
 */
import {BRON_FIELDS, DATA_FILES, type SiteData} from '../../../content/siteData';
import {AUDIENCE_LABELS, CONTENT_TYPE_LABELS, KENNISCAFE_LABEL, THEME_LABELS, URLS} from '../../../content/vocabulary';
import {COLLECTIONS} from '../shared/collections';
import type {DecapCollection, DecapField} from './decap';
import {BODY_HINT, KEBAB_HINT, body, field, pageEndFields, type Spec} from './fields';
import type {FieldFacts} from './schemaFacts';

/** What the collections are built from: the part of the editor's input (config.ts) that the forms show. */
export interface CollectionInput {
  /** Relative to the site, under static/. */
  mediaFolder: string;
  data: SiteData;
  /** Labels readers see for blog authors and tags (blog/authors.yml name, blog/tags.yml label), by key. */
  labels: {authors: Readonly<Record<string, string>>; tags: Readonly<Record<string, string>>};
}

/** A front-matter schema's facts, by field name (shapeFacts). */
type Facts = Record<string, FieldFacts>;

/** What sets one collection apart; the rest (create, no delete, summary and sorting by its identifier) is common. */
interface CollectionSpec {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  slug: string;
  identifier_field: string;
  fields: DecapField[];
}

/** A collection of Markdown pages, with its images in the page media folder. */
function pageCollection(mediaFolder: string, spec: CollectionSpec): DecapCollection {
  const {name, fields, slug, identifier_field, ...words} = spec;
  return {
    name,
    // Images of a page: its own media folder, so the editor lists only the entry's own uploads and a
    // new entry opens without waiting for the whole media library (a restored backup was then overwritten).
    media_folder: `/${mediaFolder}`,
    public_folder: mediaFolder.replace(/^static/, ''),
    ...words,
    create: true,
    delete: false,
    extension: 'md',
    format: 'frontmatter',
    slug,
    identifier_field,
    summary: `{{${identifier_field}}}`,
    sortable_fields: [identifier_field],
    fields,
  };
}

export function kenniscafesCollection(input: CollectionInput, blog: Facts): DecapCollection {
  return pageCollection(input.mediaFolder, {
    name: COLLECTIONS.kenniscafes,
    label: 'Kenniscafés',
    label_singular: `${KENNISCAFE_LABEL}-opbrengst`,
    description: 'De opbrengst van een kenniscafé, in eigen woorden. Het bericht verschijnt onder /kenniscafes.',
    folder: 'blog',
    // Docusaurus reads the date from the file name (the day the post is written), the URL from "slug".
    slug: '{{year}}-{{month}}-{{day}}-{{fields.slug}}',
    identifier_field: 'title',
    fields: [
      ...kenniscafeWordFields(blog),
      ...kenniscafeListFields(input, blog),
      ...pageEndFields(
        blog.bronnen,
        input.data,
        body(`${BODY_HINT} De eerste alinea komt in het overzicht van kenniscafés.`, input.mediaFolder, true),
      ),
    ],
  });
}

/** A kenniscafé's address, title and description. */
const kenniscafeWordFields = (blog: Facts): DecapField[] => [
  field('slug', blog.slug, {
    label: 'Adres (slug)',
    filledOnSave: true,
    hint: `Laat leeg: wordt gemaakt uit de titel, bijvoorbeeld kenniscafe-2-ouders-aan-tafel (${KEBAB_HINT}). Het bericht komt op ${URLS.blog}/<slug>; verander het nooit meer na publicatie.`,
  }),
  field('title', blog.title, {
    label: 'Titel',
    hint: 'De naam van het kenniscafé, zoals het brondocument die noemt.',
  }),
  field('description', blog.description, {
    label: 'Beschrijving',
    widget: 'text',
    hint: 'Eén zin in gewone taal over wat de lezer in dit bericht vindt.',
  }),
];

/** A kenniscafé's authors and tags: open lists, offered from the data files. */
function kenniscafeListFields(input: CollectionInput, blog: Facts): DecapField[] {
  const authorKeys = [...input.data.authors];
  return [
    field('authors', blog.authors, {
      label: 'Auteurs',
      values: authorKeys,
      labels: input.labels.authors,
      hint: `Uit ${DATA_FILES.authors}. Geen namen van deelnemers.`,
      extra: authorKeys.length > 0 ? {default: [authorKeys[0]]} : {},
    }),
    field('tags', blog.tags, {
      label: 'Onderwerpen (tags)',
      values: [...input.data.tags],
      labels: input.labels.tags,
      hint: `Uit ${DATA_FILES.tags}.`,
    }),
  ];
}

export function spanningsveldenCollection(input: CollectionInput, veld: Facts): DecapCollection {
  return pageCollection(input.mediaFolder, {
    name: COLLECTIONS.spanningsvelden,
    label: 'Spanningsvelden',
    label_singular: CONTENT_TYPE_LABELS.spanningsveld,
    description: 'Een spanning uit de praktijk, zoals een bron die beschrijft.',
    folder: 'docs/spanningsvelden',
    slug: '{{fields.id}}',
    identifier_field: 'title',
    fields: [
      ...spanningsveldIdFields(veld),
      ...spanningsveldWordFields(veld),
      ...spanningsveldListFields(veld),
      ...pageEndFields(veld.bronnen, input.data, body(BODY_HINT, input.mediaFolder, false)),
    ],
  });
}

/** A spanningsveld's id and address: made from the title on save, never changed after publication. */
const spanningsveldIdFields = (veld: Facts): DecapField[] => [
  field('id', veld.id, {
    label: 'Id',
    filledOnSave: true,
    hint: `Laat leeg: wordt gemaakt uit de titel (${KEBAB_HINT}). Verander het nooit meer na publicatie.`,
  }),
  field('slug', veld.slug, {
    label: 'Adres (slug)',
    filledOnSave: true,
    hint: `Laat leeg: wordt ${URLS.spanningsvelden}/<id>. Organisaties linken hiernaar, dus verander het nooit meer.`,
  }),
];

/** A spanningsveld's title, description and summary. */
const spanningsveldWordFields = (veld: Facts): DecapField[] => [
  field('title', veld.title, {label: 'Titel'}),
  field('description', veld.description, {
    label: 'Beschrijving',
    widget: 'text',
    hint: 'Eén zin in gewone taal: waar schuurt het, en voor wie?',
  }),
  field('kort_gezegd', veld.kort_gezegd, {
    label: 'Kort gezegd',
    widget: 'text',
    hint: '3 tot 5 korte zinnen (elk hoogstens 15 woorden) over wat op deze pagina staat.',
  }),
];

/** A spanningsveld's page type, themes, audiences and the kenniscafé it came from. */
const spanningsveldListFields = (veld: Facts): DecapField[] => [
  field('type', veld.type, {label: 'Soort pagina', widget: 'hidden', extra: {default: 'spanningsveld'}}),
  field('thema', veld.thema, {label: "Thema's", labels: THEME_LABELS}),
  field('doelgroep', veld.doelgroep, {label: 'Voor wie speelt dit?', labels: AUDIENCE_LABELS}),
  field('kenniscafe', veld.kenniscafe, {
    label: 'Uit welk kenniscafé?',
    widget: 'relation',
    extra: {
      collection: COLLECTIONS.kenniscafes,
      value_field: 'slug',
      search_fields: ['title'],
      display_fields: ['title'],
    },
  }),
];

export function begrippenCollection(input: CollectionInput, begrip: Facts): DecapCollection {
  return pageCollection(input.mediaFolder, {
    name: COLLECTIONS.begrippen,
    label: 'Begrippen',
    label_singular: CONTENT_TYPE_LABELS.begrip,
    description: `Een woord uitgelegd in gewone taal. Het verschijnt op ${URLS.begrippen}/<id> en in de A–Z-lijst.`,
    folder: 'docs/begrippen',
    slug: '{{fields.id}}',
    identifier_field: 'term',
    fields: [
      ...begripPageFields(begrip),
      ...begripTermFields(begrip),
      ...pageEndFields(begrip.bronnen, input.data, body(BODY_HINT, input.mediaFolder, false)),
    ],
  });
}

/** A begrip's fields as a page: id, address, title, description and page type. */
const begripPageFields = (begrip: Facts): DecapField[] => [
  field('id', begrip.id, {
    label: 'Id',
    filledOnSave: true,
    hint: `Laat leeg: wordt gemaakt uit het begrip (${KEBAB_HINT}). Verander het nooit meer.`,
  }),
  field('slug', begrip.slug, {
    label: 'Adres (slug)',
    filledOnSave: true,
    hint: `Laat leeg: wordt ${URLS.begrippen}/<id>.`,
  }),
  field('title', begrip.title, {label: 'Titel', hint: 'Het begrip, zoals de bron het schrijft.'}),
  field('description', begrip.description, {
    label: 'Beschrijving',
    widget: 'text',
    hint: 'Eén zin: wat betekent dit woord?',
  }),
  field('type', begrip.type, {label: 'Soort pagina', widget: 'hidden', extra: {default: 'begrip'}}),
];

/** A begrip's fields as a term: how the reader sees it, its explanation and related terms. */
const begripTermFields = (begrip: Facts): DecapField[] => [
  field('term', begrip.term, {
    label: 'Begrip',
    hint: 'Zoals de lezer het in de tekst ziet, bijvoorbeeld "gezinshuisouder".',
  }),
  field('aliases', begrip.aliases, {
    label: 'Andere vormen',
    widget: 'list',
    hint: 'Vervoegingen en synoniemen, gescheiden door komma’s, zodat [[gezinshuisouders]] ook dit begrip vindt.',
  }),
  field('definitie', begrip.definitie, {
    label: 'Uitleg',
    widget: 'text',
    hint: 'Eén of twee korte zinnen in gewone taal (elk hoogstens 15 woorden).',
  }),
  field('engels', begrip.engels, {label: 'Engels woord'}),
  field('verwant', begrip.verwant, {
    label: 'Verwante begrippen',
    widget: 'relation',
    extra: {
      collection: COLLECTIONS.begrippen,
      value_field: 'id',
      search_fields: ['term'],
      display_fields: ['term'],
      multiple: true,
      options_length: 100,
    },
  }),
];

/** The site's words for each field of a source file (src/data/bronnen/<sleutel>.yml). */
const BRON_SPECS: Record<(typeof BRON_FIELDS)[number], Spec> = {
  sleutel: {
    label: 'Sleutel',
    filledOnSave: true,
    hint: `Laat leeg: de editor maakt hem uit de titel (${KEBAB_HINT}, hele woorden). Pagina's noemen de bron zo: verander hem nooit meer.`,
    extra: {pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$', `Schrijf ${KEBAB_HINT}.`]},
  },
  titel: {
    label: 'Titel',
    hint: 'Zoals die in het document staat. Heeft het geen titel, beschrijf het dan; verzin geen titel.',
  },
  maker: {
    label: 'Maker',
    hint: 'Wie het document maakte, zoals het document het zegt. Staat het er niet in, schrijf dat dan.',
  },
  soort: {label: 'Soort document', hint: 'Bijvoorbeeld "Artikel" of "Presentatie (dia’s)".'},
  vindplaats: {label: 'Vindplaats', hint: 'Waar een lezer het document kan vinden, als het document dat zegt.'},
  extern: {
    label: 'Webpagina buiten de vijf brondocumenten',
    widget: 'boolean',
    hint: 'Alleen voor een openbare webpagina over iets waar de bronnen niets over zeggen (bijvoorbeeld klachten). Vul dan ook het adres en de datum in.',
  },
  url: {
    label: 'Adres van de webpagina',
    hint: 'Alleen bij een webpagina: het volledige adres, beginnend met https://.',
    extra: {pattern: ['^https://\\S+$', 'Schrijf het volledige adres, beginnend met https://.']},
  },
  geraadpleegd: {
    label: 'Geraadpleegd op',
    hint: 'Alleen bij een webpagina: de dag waarop je de pagina las, als JJJJ-MM-DD.',
    extra: {pattern: ['^\\d{4}-\\d{2}-\\d{2}$', 'Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-05.']},
  },
  toelichting: {
    label: 'Toelichting voor de redactie',
    widget: 'text',
    hint: 'Niet op de site. Waarom een veld zo is ingevuld.',
  },
};

/** The sources: YAML data files, not pages (no images, no text). */
export function bronnenCollection(bron: Facts): DecapCollection {
  return {
    name: COLLECTIONS.bronnen,
    label: 'Bronnen',
    label_singular: 'Bron',
    description: `De documenten waarop de pagina's rusten, één bestand per bron (${DATA_FILES.bronnen}/<sleutel>.yml). Pagina's noemen een bron met zijn sleutel.`,
    folder: DATA_FILES.bronnen,
    create: true,
    delete: false,
    extension: 'yml',
    format: 'yml',
    slug: '{{fields.sleutel}}',
    identifier_field: 'titel',
    summary: '{{titel}}',
    sortable_fields: ['titel'],
    fields: BRON_FIELDS.map((name) => field(name, bron[name], BRON_SPECS[name])),
  };
}
