/**
 * Dutch stopwords: the short function words a reader types but that say
 * nothing about which page they want ("mijn pleegkind wil zijn moeder niet
 * zien" → pleegkind, moeder, zien). Based on the Snowball Dutch list, minus
 * words that carry meaning on this site ("ouder" is not a stopword here, nor
 * "niet", which only matters inside phrases and is dropped as well).
 */
export const DUTCH_STOPWORDS: ReadonlySet<string> = new Set([
  'aan', 'al', 'alles', 'als', 'altijd', 'ander', 'andere', 'ben', 'bij', 'daar', 'dan', 'dat', 'de', 'der',
  'deze', 'die', 'dit', 'doch', 'doen', 'door', 'dus', 'een', 'eens', 'en', 'er', 'ge', 'geen', 'geweest',
  'haar', 'had', 'heb', 'hebben', 'heeft', 'hem', 'het', 'hier', 'hij', 'hoe', 'hun', 'iemand', 'iets',
  'ik', 'in', 'is', 'ja', 'je', 'jij', 'jou', 'jouw', 'jullie', 'kan', 'kon', 'kunnen', 'maar', 'me', 'meer',
  'men', 'met', 'mij', 'mijn', 'moet', 'na', 'naar', 'niet', 'niets', 'nog', 'nu', 'of', 'om', 'omdat',
  'onder', 'ons', 'onze', 'ook', 'op', 'over', 'reeds', 'te', 'tegen', 'toch', 'toen', 'tot', 'u', 'uit',
  'uw', 'van', 'veel', 'voor', 'want', 'waren', 'was', 'wat', 'we', 'wel', 'werd', 'wezen', 'wie', 'wil',
  'wij', 'wilt', 'word', 'worden', 'wordt', 'zal', 'ze', 'zei', 'zelf', 'zich', 'zij', 'zijn', 'zo',
  'zonder', 'zou', 'hoe', 'welke', 'waar', 'waarom', 'wanneer', 'mag', 'moeten', 'kun', 'kunt',
]);
