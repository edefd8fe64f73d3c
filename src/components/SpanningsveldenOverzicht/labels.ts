/** Display names for front-matter ids on the spanningsvelden overview. */
export const DOELGROEP_VOLGORDE = ['ouders', 'opvoeders', 'professionals', 'organisatie'] as const;

export const DOELGROEP_NAMEN: Record<string, string> = {
  ouders: 'Ouders',
  opvoeders: 'Gezinshuis- en pleegouders',
  professionals: 'Professionals',
  organisatie: 'Organisatie',
};

const THEMA_NAMEN: Record<string, string> = {
  contact: 'Contact',
  draagkracht: 'Draagkracht',
  netwerk: 'Netwerk',
  regie: 'Regie',
  relatie: 'Relatie',
  rollen: 'Rollen',
};

/** A new thema shows as its id with a capital until it gets a name here. */
export function themaNaam(id: string): string {
  return THEMA_NAMEN[id] ?? id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');
}
