/** Build-time data the browser gets (plugin global data, a few hundred bytes). Client-safe: types only. */
export interface BoekInfo {
  /** Docs version name: "current", "2021". */
  version: string;
  label: string;
  /** Site paths without base URL: "/downloads/handleiding-2024.pdf". */
  pdf: string;
  epub: string;
}

export interface BoekGlobalData {
  /** The docs sidebar whose pages make the book: they show the download links. */
  sidebarId: string;
  books: BoekInfo[];
}
