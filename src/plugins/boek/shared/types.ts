/** Build-time data the browser gets (plugin global data). Client-safe: types only. */
export interface BoekInfo {
  /** Docs version name: "current", "2021". */
  version: string;
  label: string;
  year: string;
  /** Site paths without base URL: "/downloads/handleiding-2024.pdf". */
  pdf: string;
  epub: string;
  /** Docs in this book; the download links show on their pages. */
  docIds: string[];
}

export interface BoekGlobalData {
  books: BoekInfo[];
  /** Zip of all worksheets of the current edition; undefined when there are none. */
  werkbladenZip?: {path: string; bytes: number};
}
