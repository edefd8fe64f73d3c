/**
 * The five source documents every page rests on. Pages cite them by key in
 * front matter (`bronnen: [{bron: <key>}]`); the schema rejects unknown keys.
 * The documents themselves are not published here (they belong to their
 * makers), so each entry says what it is and where a reader can find it.
 */
export interface Bron {
  key: string;
  titel: string;
  /** Who made it, as the document itself says. */
  maker: string;
  soort: string;
  /** Where a reader can look it up, as the document names it. */
  vindplaats?: string;
}

export const BRONNEN = [
  {
    key: 'artikel-gezinshuis-ouders',
    titel:
      'De ingewikkelde relatie tussen gezinshuis en ouders: zo stemmen beide partijen op elkaar af',
    maker:
      'Lectoraat Jeugd en Gezin, Christelijke Hogeschool Ede (praktijkgericht onderzoek Jouw Gezin, Mijn Zorg? 2017–2020)',
    // The article names www.gedeeldopvoederschap.nl only as the home of the step-by-step
    // approach (its footnote 1), not of the article itself; it names no place of publication.
    soort: 'Artikel (plaats van verschijnen niet vermeld)',
  },
  {
    key: 'kenniscafe-1',
    titel: 'Kenniscafé 1: Samenwerken met ouders. Gezamenlijke betekenisgeving uit praktijk en onderzoek',
    maker: 'Present 24x7 in samenwerking met het Nederlands Jeugdinstituut (NJI)',
    soort: 'Opbrengst van een kenniscafé',
  },
  {
    key: 'relationele-route-onderweg',
    titel: 'Via de Relationele Route onderweg',
    maker: 'Lectoraat Pleeg- en Gezinshuiszorg (voorheen Jeugd en Gezin), Christelijke Hogeschool Ede',
    soort: 'Tekst over spanningsvelden bij de invoering (2023–2024)',
    vindplaats: 'www.gedeeldopvoederschap.nl',
  },
  {
    key: 'moduleserie-samenwerken',
    titel: 'Moduleserie Samenwerken met ouders',
    // The slides name no maker; they give only a contact address and call gedeeldopvoederschap.nl "onze website".
    maker: 'Maker niet vermeld op de dia’s (contact: jeugdengezin@che.nl)',
    soort: 'Presentatie (dia’s)',
    vindplaats: 'www.gedeeldopvoederschap.nl',
  },
  {
    key: 'richtlijn-en-route',
    // The slides carry no title page: this describes them rather than inventing a title.
    titel:
      'Presentatie over de herziene richtlijn (van samenwerken met ouders naar gedeeld opvoederschap) en de Relationele Route',
    // No maker on the slides. The Route part gives a contact address; the part on the revision of the
    // Richtlijn Pleegzorg links to a form under formdesk.com/nji and to richtlijnenjeugdhulp.nl.
    maker: 'Maker niet vermeld op de dia’s (contact: jeugdengezin@che.nl; het deel over de Richtlijn Pleegzorg verwijst naar het NJI)',
    soort: 'Presentatie (dia’s, zonder datum)',
    vindplaats: 'www.gedeeldopvoederschap.nl',
  },
] as const satisfies readonly Bron[];

export type BronKey = (typeof BRONNEN)[number]['key'];

export const BRON_KEYS = BRONNEN.map((b) => b.key) as [BronKey, ...BronKey[]];

export function getBron(key: string): Bron | undefined {
  return BRONNEN.find((b) => b.key === key);
}
