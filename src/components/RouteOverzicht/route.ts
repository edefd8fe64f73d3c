/**
 * The Relationele Route as data: three phases (rows) × three tracks (columns),
 * with the cell names the source table uses (richtlijn-en-route, dia "Samenwerken
 * werkt! Een relationele route tot gedeeld opvoederschap"). Column order follows
 * that table: ouders, samenwerking, gezinshuis-/pleegouders.
 */
import {editionPath} from '../../content/vocabulary';

export type Editie = 'current' | '2021';
export type SpoorId = 'ouders' | 'samenwerking' | 'opvoeders';

export interface Fase {
  /** doc id and slug segment of the phase page: /handleiding/<id> */
  id: 'installatiefase' | 'stabilisatiefase' | 'evaluatiefase';
  naam: string;
  cellen: Record<SpoorId, {naam: string; anker: string}>;
}

export const SPOREN: readonly SpoorId[] = ['ouders', 'samenwerking', 'opvoeders'];

/**
 * Column labels per edition. "Sporen" (tracks) is this site's own word: the sources speak only of
 * three modules (richtlijn-en-route), merged into one handleiding in 2023–2024
 * (relationele-route-onderweg). The 2021 edition, a reconstruction, keeps the module names.
 */
export const SPOORNAMEN: Record<Editie, Record<SpoorId, string>> = {
  current: {
    ouders: 'Begeleiding van ouders',
    samenwerking: 'Begeleiding van de samenwerking',
    opvoeders: 'Begeleiding van gezinshuis- en pleegouders',
  },
  '2021': {
    ouders: 'Module begeleiding ouders',
    samenwerking: 'Module begeleiding van de samenwerking',
    opvoeders: 'Module begeleiding pleegouder/gezinshuisouder',
  },
};

export const FASEN: readonly Fase[] = [
  {
    id: 'installatiefase',
    naam: 'Installatiefase',
    cellen: {
      ouders: {naam: 'Komen tot begeleidingsplan ouders', anker: 'begeleidingsplan-ouders'},
      samenwerking: {naam: 'Installeren van samenwerking', anker: 'installeren-samenwerking'},
      opvoeders: {naam: 'Komen tot begeleidingsplan gezinshuisouders', anker: 'begeleidingsplan-opvoeders'},
    },
  },
  {
    id: 'stabilisatiefase',
    naam: 'Stabilisatiefase',
    cellen: {
      ouders: {naam: 'Begeleiding van ouders', anker: 'begeleiding-ouders'},
      samenwerking: {naam: 'Stabiliseren van de samenwerking', anker: 'stabiliseren-samenwerking'},
      opvoeders: {naam: 'Begeleiding van gezinshuisouders', anker: 'begeleiding-opvoeders'},
    },
  },
  {
    id: 'evaluatiefase',
    naam: 'Evaluatiefase',
    cellen: {
      ouders: {naam: 'Afronding begeleiding van ouders', anker: 'afronding-ouders'},
      samenwerking: {naam: 'Evalueren van de samenwerking', anker: 'evalueren-samenwerking'},
      opvoeders: {naam: 'Afronding begeleiding van gezinshuisouders', anker: 'afronding-opvoeders'},
    },
  },
];

/**
 * URL path (without base URL) of a cell's section in the given docs version ("current", "2021", and
 * after a new edition the archived "2024"): the table links within its own edition.
 */
export function celPad(versie: string, fase: Fase['id'], anker: string): string {
  return `${editionPath(versie, `/handleiding/${fase}`)}#${anker}`;
}
