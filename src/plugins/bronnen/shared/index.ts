/** What a page shows of its sources (client-safe: data shapes only). */
export const DATA_FILE = 'bronnen.json';

export interface PaginaBron {
  titel: string;
  maker: string;
  soort: string;
  vindplaats?: string;
  /** Where in the source, as the page's front matter says. */
  waar?: string;
  /** A web page outside the site's own sources: its address and the day it was read (JJJJ-MM-DD). */
  extern?: {url: string; geraadpleegd: string};
}

/** "2026-12-05" as a reader says it: "5 december 2026" (nl), "5 December 2026" (en). UTC, so server and browser agree. */
export function datumVoluit(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}).format(
    new Date(`${iso}T00:00:00Z`),
  );
}
