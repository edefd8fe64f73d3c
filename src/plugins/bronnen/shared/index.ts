/** What a page shows of its sources (client-safe: data shapes only). */
export const DATA_FILE = 'bronnen.json';

export interface PaginaBron {
  titel: string;
  maker: string;
  soort: string;
  vindplaats?: string;
  /** Where in the source, as the page's front matter says. */
  waar?: string;
}
