/** What pages get of the bibliography (client-safe: data shapes only; the server's formatter fills them). */
export const DATA_FILE = 'literatuur.json';

export interface FormattedEntry {
  id: string;
  /** APA 7 reference as HTML (Citation.js escapes the text; links added by us). */
  html: string;
  /** the same as plain text, for tests and for title attributes */
  text: string;
  doi?: string;
  /** `note` from the bibliography, e.g. what the sources leave out */
  note?: string;
  bron?: string;
  context?: string;
}

export interface Referentie extends FormattedEntry {
  /** Title of the source (src/data/bronnen/<sleutel>.yml) that names this publication. */
  bronTitel?: string;
}

export interface LiteratuurData {
  /** In APA order. */
  entries: Referentie[];
  downloads: {bibtex: string; ris: string};
}
