/**
 * Words in the files the plugin writes at build time (feeds, OpenSearch), where React's
 * <Translate> does not run. Ids and Dutch texts are here; translations live with every other
 * string in i18n/<locale>/code.json, which Docusaurus hands the plugin as codeTranslations.
 */
export const TEKSTEN = {
  'kennisbank.wijzigingen.feed.titel': 'Wijzigingen in de {editie} — Kennisbank Gedeeld Opvoederschap',
  'kennisbank.wijzigingen.feed.titelVastgezet': 'Errata van de {editie} — Kennisbank Gedeeld Opvoederschap',
  'kennisbank.wijzigingen.feed.beschrijving':
    'Grote wijzigingen in de pagina’s van de {editie}: per wijziging de datum, de pagina en wat er veranderde. Kleine correcties (spelling, opmaak) staan er niet in.',
  'kennisbank.wijzigingen.feed.beschrijvingVastgezet':
    'De inhoud van de {editie} ligt vast. Elke correctie daarna is een erratum: datum, pagina’s, wat er veranderde, waarom, en op welke bron.',
  'kennisbank.wijzigingen.feed.pagina': 'Pagina',
  'kennisbank.wijzigingen.feed.vasteUrl': 'Vaste URL van deze editie',
  'kennisbank.wijzigingen.feed.waarom': 'Waarom',
  'kennisbank.wijzigingen.feed.bron': 'Bron',
  'kennisbank.wijzigingen.feed.alleErrata': 'Alle errata van de {editie}',
  'kennisbank.wijzigingen.feed.overige': 'en {aantal} andere',
  'kennisbank.wijzigingen.feed.bronnen': 'beschrijving van de bronnen onder de pagina’s',
  'kennisbank.errata.soort.inhoud': 'Inhoud gecorrigeerd',
  'kennisbank.errata.soort.taal': 'Taal vereenvoudigd, betekenis gelijk',
  'kennisbank.errata.soort.aanvulling': 'Aangevuld',
  'kennisbank.errata.soort.editie': 'Over deze editie',
  'kennisbank.opensearch.beschrijving': 'Zoek in de Kennisbank Gedeeld Opvoederschap',
  'kennisbank.kop.zoeken': 'Kennisbank Gedeeld Opvoederschap',
} as const;

export type TekstId = keyof typeof TEKSTEN;

/** The text for an id in the build's locale, with {placeholders} filled in. */
export function tekst(
  translations: Readonly<Record<string, string>>,
  id: TekstId,
  values: Record<string, string | number> = {},
): string {
  const message = translations[id] ?? TEKSTEN[id];
  return message.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
