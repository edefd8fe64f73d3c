/**
 * A JJJJ-MM-DD day as readers read it ("5 december 2026", "5 December 2026"), in UTC so the
 * server render and the browser agree, as Docusaurus's own "Laatst gewijzigd" does.
 */
export function datumTekst(datum: string, locale: string): string {
  const [y, m, d] = datum.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
