/** What pages get of the bibliography (client-safe: data shapes only). */
import type {FormattedEntry} from './server/format';

export const DATA_FILE = 'literatuur.json';

export interface Referentie extends FormattedEntry {
  /** Title of the source (src/data/bronnen/<sleutel>.yml) that names this publication. */
  bronTitel?: string;
}

export interface LiteratuurData {
  /** In APA order. */
  entries: Referentie[];
  downloads: {bibtex: string; ris: string};
}
