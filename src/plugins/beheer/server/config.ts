/**
 * The web editor's configuration (Decap CMS), generated from what the site
 * validates with: the front-matter schemas (src/content/schema.ts) say which
 * fields are required, how long they must be and which values a closed list
 * has; the vocabulary gives the labels; the data files give the sources, blog
 * authors and tags. A new tag in blog/tags.yml or a new source file appears in
 * the editor's dropdowns at the next build, without a change here.
 *
 * Pure: site data in, a config object out. index.ts writes it as config.yml.
 */
import {contentSchemas} from '../../../content/schema';
import {BRON_FIELDS, DATA_FILES, bronSchema, type SiteData} from '../../../content/siteData';
import {AUDIENCE_LABELS, CONTENT_TYPE_LABELS, KENNISCAFE_LABEL, THEME_LABELS, URLS} from '../../../content/vocabulary';
import {COLLECTIONS} from '../shared/collections';
import {DEFAULT_IMAGE_BUDGET} from '../../../content/rules';
import {NIEUWE_BRON, NIEUWE_BRON_WIDGET, TEKST_WIDGET} from '../shared/names';
import {shapeFacts, type FieldFacts} from './schemaFacts';

export interface DecapOption {
  label: string;
  value: string;
}

/** The part of Decap's field options this site uses (https://decapcms.org/docs/widgets/). */
export interface DecapField {
  name: string;
  label: string;
  widget:
    'string' | 'text' | 'select' | 'list' | 'hidden' | 'relation' | typeof TEKST_WIDGET | typeof NIEUWE_BRON_WIDGET;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  options?: DecapOption[];
  multiple?: boolean;
  min?: number;
  max?: number;
  default?: unknown;
  fields?: DecapField[];
  summary?: string;
  label_singular?: string;
  collapsed?: boolean;
  allow_add?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  modes?: ('raw' | 'rich_text')[];
  /** Field-level media folder (from the repository root when it starts with /). */
  media_folder?: string;
  public_folder?: string;
  /** Options of the site's own widgets (client/widgets): their labels and limits. */
  beheer?: Record<string, unknown>;
}

export interface DecapCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  create: boolean;
  delete: boolean;
  extension: 'md' | 'yml';
  format: 'frontmatter' | 'yml';
  slug: string;
  identifier_field: string;
  summary: string;
  sortable_fields: string[];
  /** Where this collection's images go (from the repository root) and how pages refer to them. */
  media_folder?: string;
  public_folder?: string;
  fields: DecapField[];
}

export interface DecapConfig {
  backend: {
    name: 'github';
    repo: string;
    branch: string;
    open_authoring: boolean;
    base_url?: string;
    site_domain?: string;
    squash_merges: boolean;
    commit_messages: Record<string, string>;
  };
  local_backend?: {url: string; allowed_hosts?: string[]};
  publish_mode: 'editorial_workflow';
  locale: string;
  site_url: string;
  display_url: string;
  logo_url: string;
  media_folder: string;
  public_folder: string;
  slug: {encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string};
  collections: DecapCollection[];
}

export interface BeheerInput {
  /** https://github.com/OWNER/REPO */
  repoUrl: string;
  branch: string;
  /** Protocol and host, and the base URL, of the published site. */
  siteUrl: string;
  baseUrl: string;
  /** OAuth client that logs a contributor in (backend.base_url); without it the editor says there is no login. */
  authUrl?: string;
  /** Netlify's built-in OAuth only: the Netlify site's domain, e.g. kennisbank.netlify.app (backend.site_domain). */
  siteDomain?: string;
  /** Relative to the site, under static/. */
  mediaFolder: string;
  data: SiteData;
  /** Labels readers see for blog authors and tags (blog/authors.yml name, blog/tags.yml label), by key. */
  labels: {authors: Readonly<Record<string, string>>; tags: Readonly<Record<string, string>>};
  /** decap-server to use instead of GitHub (development and tests only). */
  localBackend?: {url: string};
}

const KEBAB_HINT = 'kleine letters, cijfers en streepjes';

/** "owner/name" of a GitHub repository URL, or undefined for another host. */
export function githubRepo(repoUrl: string): string | undefined {
  const m = /^https:\/\/github\.com\/([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(repoUrl);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

const options = (values: readonly string[], labels: Readonly<Record<string, string>> = {}): DecapOption[] =>
  values.map((value) => ({
    value,
    label: labels[value] && labels[value] !== value ? `${labels[value]} (${value})` : value,
  }));

/** A Decap pattern for what the schema demands of a string: its regexes and its length. */
function stringPattern(f: FieldFacts): [string, string] | undefined {
  const parts: string[] = [];
  const says: string[] = [];
  for (const p of f.patterns ?? []) {
    parts.push(`(?=${p.source})`);
    says.push(KEBAB_HINT);
  }
  if (f.minLength !== undefined || f.maxLength !== undefined) {
    parts.push(`[\\s\\S]{${f.minLength ?? 0},${f.maxLength ?? ''}}$`);
    if (f.minLength) says.push(`minstens ${f.minLength} tekens`);
    if (f.maxLength) says.push(`hoogstens ${f.maxLength} tekens`);
  }
  if (parts.length === 0) return undefined;
  return [`^${parts.join('')}`, `Schrijf ${says.join(', ')}.`];
}

interface Spec {
  label: string;
  hint?: string;
  widget?: DecapField['widget'];
  /** Options and their labels, when the schema's list is open (blog authors and tags are checked against data files, not by the schema). */
  values?: readonly string[];
  labels?: Readonly<Record<string, string>>;
  /** Filled in on save when left empty (shared/collections.ts): required by the schema, optional in the form. */
  filledOnSave?: boolean;
  extra?: Partial<DecapField>;
}

/** One form field from the schema's facts and the site's words for it. */
function field(name: string, facts: FieldFacts | undefined, spec: Spec): DecapField {
  if (!facts) throw new Error(`[beheer] het schema heeft geen veld "${name}"`);
  const out: DecapField = {name, label: spec.label, widget: spec.widget ?? 'string'};
  out.required = facts.required && !spec.filledOnSave;
  if (spec.hint) out.hint = spec.hint;
  const element = facts.kind === 'array' ? facts.element : undefined;
  const closed = facts.options ?? element?.options ?? spec.values;
  if (closed && out.widget !== 'hidden') {
    out.widget = 'select';
    out.options = options(closed, spec.labels);
    if (facts.kind === 'array') out.multiple = true;
  }
  if (facts.kind === 'array') {
    if (facts.minItems !== undefined && facts.minItems > 0) out.min = facts.minItems;
    if (facts.maxItems !== undefined) out.max = facts.maxItems;
  }
  if (facts.kind === 'string') {
    const pattern = stringPattern(facts);
    if (pattern) out.pattern = pattern;
  }
  if (facts.default !== undefined && !(Array.isArray(facts.default) && facts.default.length === 0))
    out.default = facts.default;
  return {...out, ...spec.extra};
}

/**
 * The `bronnen` list every page has: a source from the list, and where in it. Not required in
 * the form (the check requires it in the pull request): a contributor can save a draft before
 * she knows her source, or add a new one with the field below it.
 */
function bronnenField(facts: FieldFacts | undefined, data: SiteData): DecapField {
  if (!facts?.element?.shape) throw new Error('[beheer] het schema heeft geen veld "bronnen" met bron en waar');
  const titles = Object.fromEntries(data.bronnen.map((b) => [b.key, b.titel]));
  const {min: _min, ...list} = field('bronnen', facts, {label: 'Bronnen', widget: 'list'});
  return {
    ...list,
    required: false,
    label_singular: 'bron',
    summary: '{{fields.bron}}',
    collapsed: false,
    hint: 'Elk feit op de pagina komt uit een van deze bronnen. Staat je bron er niet bij? Vul hem hieronder in bij "Nieuwe bron".',
    fields: [
      field('bron', facts.element.shape.bron, {label: 'Bron', labels: titles}),
      field('waar', facts.element.shape.waar, {
        label: 'Waar in de bron',
        hint: 'Hoofdstuk, pagina of kop, zodat een lezer het kan nakijken.',
      }),
    ],
  };
}

/**
 * A source that is not in the list yet, filled in on the page's own form: the editor writes it as
 * src/data/bronnen/<sleutel>.yml in the same pull request as the page, and cites it in "Bronnen".
 * Never a field of the page itself (the editor script takes it out before saving).
 */
function nieuweBronField(data: SiteData): DecapField {
  const bron = shapeFacts(bronSchema);
  const sub = (name: 'titel' | 'maker' | 'soort' | 'vindplaats', label: string, hint: string) => ({
    name,
    label,
    hint,
    required: bron[name]!.required,
    minLength: bron[name]!.minLength ?? 0,
  });
  return {
    name: NIEUWE_BRON,
    label: 'Nieuwe bron',
    widget: NIEUWE_BRON_WIDGET,
    required: false,
    hint: 'Alleen als je bron nog niet in de lijst "Bronnen" staat. Hij gaat mee in dezelfde bijdrage; de redactie kijkt hem na.',
    // Where its file goes: the sources folder, from the repository root (Decap: a leading / means the root).
    media_folder: `/${DATA_FILES.bronnen}`,
    public_folder: `/${DATA_FILES.bronnen}`,
    beheer: {
      bestaand: data.bronnen.map((b) => b.key),
      velden: [
        sub(
          'titel',
          'Titel',
          'Zoals die in het document staat. Heeft het geen titel, beschrijf het dan; verzin geen titel.',
        ),
        sub('maker', 'Maker', 'Wie het document maakte, zoals het document het zegt.'),
        sub('soort', 'Soort document', 'Bijvoorbeeld "Verslag", "Artikel" of "Presentatie (dia’s)".'),
        sub('vindplaats', 'Vindplaats', 'Waar een lezer het document kan vinden, als het document dat zegt.'),
      ],
      waar: {label: 'Waar in de bron', hint: 'Hoofdstuk, pagina of kop, zodat een lezer het kan nakijken.'},
    },
  };
}

const body = (hint: string, mediaFolder: string, post: boolean): DecapField => ({
  name: 'body',
  label: 'Tekst',
  widget: TEKST_WIDGET,
  hint,
  // Markdown as written: the rich-text mode rewrites what it does not know ([[begrip]] markers, {#id} on headings).
  // The site's widget adds what the toolbar would have: an image with its required description.
  modes: ['raw'],
  beheer: {
    maxBytes: DEFAULT_IMAGE_BUDGET,
    mediaFolder,
    publicFolder: mediaFolder.replace(/^static/, ''),
    bericht: post,
  },
});

const BODY_HINT =
  'Gewone tekst; een lege regel begint een nieuwe alinea. ## voor een kop, - voor een lijstje, [[begrip]] voor een woord uit de begrippenlijst (zie CONTRIBUTING.md). Een afbeelding voeg je toe met de knop "Afbeelding toevoegen". Geen namen of herkenbare details van kinderen of gezinnen.';

export function decapConfig(input: BeheerInput): DecapConfig {
  const repo = githubRepo(input.repoUrl);
  if (!repo) throw new Error(`[beheer] de webeditor werkt met een GitHub-repository; "${input.repoUrl}" is dat niet.`);
  const {data} = input;
  const schemas = contentSchemas(data.bronnen.map((b) => b.key));
  const blog = shapeFacts(schemas.blog);
  const veld = shapeFacts(schemas.spanningsveld);
  const begrip = shapeFacts(schemas.begrip);
  const bron = shapeFacts(bronSchema);
  const authorKeys = [...data.authors];
  const root = input.siteUrl.replace(/\/$/, '') + input.baseUrl;
  // Images of a page: its own media folder, so the editor lists only the entry's own uploads and a
  // new entry opens without waiting for the whole media library (a restored backup was then overwritten).
  const pageMedia = {media_folder: `/${input.mediaFolder}`, public_folder: input.mediaFolder.replace(/^static/, '')};

  const ids = (base: string, from: string): DecapField[] => [
    field('id', veld.id, {
      label: 'Id',
      filledOnSave: true,
      hint: `Laat leeg: wordt gemaakt uit ${from} (${KEBAB_HINT}). Verander het nooit meer na publicatie.`,
    }),
    field('slug', veld.slug, {
      label: 'Adres (slug)',
      filledOnSave: true,
      hint: `Laat leeg: wordt ${base}/<id>. Organisaties linken hiernaar, dus verander het nooit meer.`,
    }),
  ];

  const kenniscafes: DecapCollection = {
    name: COLLECTIONS.kenniscafes,
    ...pageMedia,
    label: 'Kenniscafés',
    label_singular: `${KENNISCAFE_LABEL}-opbrengst`,
    description: 'De opbrengst van een kenniscafé, in eigen woorden. Het bericht verschijnt onder /kenniscafes.',
    folder: 'blog',
    create: true,
    delete: false,
    extension: 'md',
    format: 'frontmatter',
    // Docusaurus reads the date from the file name (the day the post is written), the URL from "slug".
    slug: '{{year}}-{{month}}-{{day}}-{{fields.slug}}',
    identifier_field: 'title',
    summary: '{{title}}',
    sortable_fields: ['title'],
    fields: [
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
      field('authors', blog.authors, {
        label: 'Auteurs',
        values: authorKeys,
        labels: input.labels.authors,
        hint: `Uit ${DATA_FILES.authors}. Geen namen van deelnemers.`,
        extra: authorKeys.length > 0 ? {default: [authorKeys[0]]} : {},
      }),
      field('tags', blog.tags, {
        label: 'Onderwerpen (tags)',
        values: [...data.tags],
        labels: input.labels.tags,
        hint: `Uit ${DATA_FILES.tags}.`,
      }),
      bronnenField(blog.bronnen, data),
      nieuweBronField(data),
      body(`${BODY_HINT} De eerste alinea komt in het overzicht van kenniscafés.`, input.mediaFolder, true),
    ],
  };

  const spanningsvelden: DecapCollection = {
    name: COLLECTIONS.spanningsvelden,
    ...pageMedia,
    label: 'Spanningsvelden',
    label_singular: CONTENT_TYPE_LABELS.spanningsveld,
    description: 'Een spanning uit de praktijk, zoals een bron die beschrijft.',
    folder: 'docs/spanningsvelden',
    create: true,
    delete: false,
    extension: 'md',
    format: 'frontmatter',
    slug: '{{fields.id}}',
    identifier_field: 'title',
    summary: '{{title}}',
    sortable_fields: ['title'],
    fields: [
      ...ids(URLS.spanningsvelden, 'de titel'),
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
      bronnenField(veld.bronnen, data),
      nieuweBronField(data),
      body(BODY_HINT, input.mediaFolder, false),
    ],
  };

  const begrippen: DecapCollection = {
    name: COLLECTIONS.begrippen,
    ...pageMedia,
    label: 'Begrippen',
    label_singular: CONTENT_TYPE_LABELS.begrip,
    description: `Een woord uitgelegd in gewone taal. Het verschijnt op ${URLS.begrippen}/<id> en in de A–Z-lijst.`,
    folder: 'docs/begrippen',
    create: true,
    delete: false,
    extension: 'md',
    format: 'frontmatter',
    slug: '{{fields.id}}',
    identifier_field: 'term',
    summary: '{{term}}',
    sortable_fields: ['term'],
    fields: [
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
      bronnenField(begrip.bronnen, data),
      nieuweBronField(data),
      body(BODY_HINT, input.mediaFolder, false),
    ],
  };

  const bronnen: DecapCollection = {
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
    fields: BRON_FIELDS.map((name) => {
      const specs: Record<(typeof BRON_FIELDS)[number], Spec> = {
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
        toelichting: {
          label: 'Toelichting voor de redactie',
          widget: 'text',
          hint: 'Niet op de site. Waarom een veld zo is ingevuld.',
        },
      };
      return field(name, bron[name], specs[name]);
    }),
  };

  return {
    backend: {
      name: 'github',
      repo,
      branch: input.branch,
      // A contributor without write access works in a fork; the editor opens the pull request from it.
      open_authoring: true,
      ...(input.authUrl ? {base_url: input.authUrl} : {}),
      ...(input.siteDomain ? {site_domain: input.siteDomain} : {}),
      squash_merges: true,
      commit_messages: {
        create: 'Nieuw ({{collection}}): {{slug}}',
        update: 'Bijgewerkt ({{collection}}): {{slug}}',
        delete: 'Verwijderd ({{collection}}): {{slug}}',
        uploadMedia: 'Afbeelding toegevoegd: {{path}}',
        deleteMedia: 'Afbeelding verwijderd: {{path}}',
        openAuthoring: '{{message}}',
      },
    },
    ...(input.localBackend ? {local_backend: {url: input.localBackend.url}} : {}),
    // Every change becomes a pull request: the checks run on it and the redactie reviews it.
    publish_mode: 'editorial_workflow',
    locale: 'nl',
    site_url: root,
    display_url: root,
    // Same origin as the editor: nothing on /beheer/ loads from another host.
    logo_url: `${input.baseUrl}img/logo.svg`,
    media_folder: input.mediaFolder,
    public_folder: input.mediaFolder.replace(/^static/, ''),
    slug: {encoding: 'ascii', clean_accents: true, sanitize_replacement: '-'},
    collections: [kenniscafes, spanningsvelden, begrippen, bronnen],
  };
}
