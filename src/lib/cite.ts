/**
 * "Citeer deze pagina": an APA 7 reference to a web page of the knowledge
 * base, with the edition in brackets after the title so a reader can cite a
 * fixed edition. Pure: the component passes in everything it knows.
 *
 *   Redactie Kennisbank Gedeeld Opvoederschap. (2026, 22 november). Houding
 *   (Editie 2024). Kennisbank Gedeeld Opvoederschap. https://…/handleiding/houding
 */
export type CiteLocale = 'nl' | 'en';

export interface CiteInput {
  title: string;
  /** Site name; also the group author ("Redactie …" in Dutch, "Editors of …" in English). */
  siteName: string;
  /** Absolute, stable URL of the page. */
  url: string;
  /** Edition label, e.g. "Editie 2024"; omitted for pages outside the editions (blog). */
  edition?: string;
  /** Last update or publication: a Date, a timestamp in ms, or an ISO date string. */
  date?: Date | number | string;
  locale: CiteLocale;
}

export interface CitationParts {
  author: string;
  date: string;
  /** Shown in italics. */
  title: string;
  edition?: string;
  site: string;
  url: string;
}

/** The month's name as the locale writes it in a date ("november", "November"), in UTC so builds agree. */
const MONTH: Record<CiteLocale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', {month: 'long', timeZone: 'UTC'}),
  en: new Intl.DateTimeFormat('en-US', {month: 'long', timeZone: 'UTC'}),
};

function toDate(d: CiteInput['date']): Date | undefined {
  if (d === undefined || d === '') return undefined;
  const date = d instanceof Date ? d : new Date(d);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "(2026, 22 november)" / "(2026, November 22)"; "(z.d.)" / "(n.d.)" when the date is unknown. UTC, so builds agree. */
export function apaDate(d: CiteInput['date'], locale: CiteLocale): string {
  const date = toDate(d);
  if (!date) return locale === 'nl' ? '(z.d.)' : '(n.d.)';
  const y = date.getUTCFullYear();
  const m = MONTH[locale].format(date);
  const day = date.getUTCDate();
  return locale === 'nl' ? `(${y}, ${day} ${m})` : `(${y}, ${m} ${day})`;
}

const endWithPeriod = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

export function citationParts(input: CiteInput): CitationParts {
  return {
    author: input.locale === 'nl' ? `Redactie ${input.siteName}` : `Editors of ${input.siteName}`,
    date: apaDate(input.date, input.locale),
    title: input.title.trim(),
    edition: input.edition?.trim() || undefined,
    site: input.siteName,
    url: input.url,
  };
}

/** The whole reference as plain text (for copying). */
export function formatApa(input: CiteInput): string {
  const p = citationParts(input);
  const title = p.edition ? `${p.title} (${p.edition})` : p.title;
  return `${endWithPeriod(p.author)} ${p.date}. ${endWithPeriod(title)} ${endWithPeriod(p.site)} ${p.url}`;
}
