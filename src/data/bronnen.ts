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
    soort: 'Artikel',
    vindplaats: 'www.gedeeldopvoederschap.nl',
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
    maker: 'Lectoraat Jeugd en Gezin, Christelijke Hogeschool Ede (contact: jeugdengezin@che.nl)',
    soort: 'Presentatie (dia’s)',
    vindplaats: 'www.gedeeldopvoederschap.nl',
  },
  {
    key: 'richtlijn-en-route',
    // The slides carry no title page: this describes them rather than inventing a title.
    titel:
      'Presentatie over de herziene richtlijn (van samenwerken met ouders naar gedeeld opvoederschap) en de Relationele Route',
    maker: 'Lectoraat Jeugd en Gezin, Christelijke Hogeschool Ede (contact: jeugdengezin@che.nl)',
    soort: 'Presentatie (dia’s)',
    vindplaats: 'www.gedeeldopvoederschap.nl',
  },
] as const satisfies readonly Bron[];

export type BronKey = (typeof BRONNEN)[number]['key'];

export const BRON_KEYS = BRONNEN.map((b) => b.key) as [BronKey, ...BronKey[]];

export function getBron(key: string): Bron | undefined {
  return BRONNEN.find((b) => b.key === key);
}
