/** Build-time data the browser gets (plugin global data). Client-safe: types only. */
import type {Werkblad} from '../../content/schema';

export interface Bestand {
  /** Site path without base URL, e.g. "/werkbladen/rolverheldering.pdf". */
  path: string;
  bytes: number;
}

export interface WerkbladInfo {
  id: string;
  title: string;
  description: string;
  permalink: string;
  fase: Werkblad['fase'];
  voor: Werkblad['voor'];
  pdf: Bestand;
  docx: Bestand;
}

export interface WerkbladenGlobalData {
  werkbladen: WerkbladInfo[];
}

/** "53 kB": sizes as a reader sees them next to a download link. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} MB`;
}
