/** Names the config (server) and the editor script (client) must agree on. */

/** The site's own widget for the "Tekst" field: Decap's Markdown editor with an image button and paste cleaning. */
export const TEKST_WIDGET = 'tekst';

/** The site's own widget that adds a new source from a page's form, in the same pull request. */
export const NIEUWE_BRON_WIDGET = 'nieuwe-bron';
/** Its field: never written to the page (the editor script takes it out on save). */
export const NIEUWE_BRON = 'nieuwe_bron';

/** Ids of the editor page's sections the editor script shows or hides (server/page.ts writes them). */
export const SECTIONS = {laden: 'beheer-laden', geenLogin: 'beheer-geen-login', smal: 'beheer-smal'} as const;
