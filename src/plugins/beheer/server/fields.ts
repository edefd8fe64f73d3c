/**
 * Builders of the editor's form fields, shared by the collections (collections.ts): one field
 * from the schema's facts and the site's words for it, and the fields every page ends with
 * (its sources, a new source, its text).
 */
import {DATA_FILES, bronSchema, type SiteData} from '../../../content/siteData';
import {DEFAULT_IMAGE_BUDGET} from '../../../content/rules';
import {NIEUWE_BRON, NIEUWE_BRON_WIDGET, TEKST_WIDGET} from '../shared/names';
import type {DecapField, DecapOption} from './decap';
import {shapeFacts, type FieldFacts} from './schemaFacts';

export const KEBAB_HINT = 'kleine letters, cijfers en streepjes';

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

export interface Spec {
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
export function field(name: string, facts: FieldFacts | undefined, spec: Spec): DecapField {
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
export function bronnenField(facts: FieldFacts | undefined, data: SiteData): DecapField {
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
export function nieuweBronField(data: SiteData): DecapField {
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

export const body = (hint: string, mediaFolder: string, post: boolean): DecapField => ({
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

export const BODY_HINT =
  'Gewone tekst; een lege regel begint een nieuwe alinea. ## voor een kop, - voor een lijstje, [[begrip]] voor een woord uit de begrippenlijst (zie CONTRIBUTING.md). Een afbeelding voeg je toe met de knop "Afbeelding toevoegen". Geen namen of herkenbare details van kinderen of gezinnen.';

/** What every page's form ends with: its sources, a source not in the list yet, and its text. */
export const pageEndFields = (bronnen: FieldFacts | undefined, data: SiteData, text: DecapField): DecapField[] => [
  bronnenField(bronnen, data),
  nieuweBronField(data),
  text,
];
