/**
 * Dates as contributors write them (JJJJ-MM-DD) and as the site compares them. Pure: safe in
 * every layer. "Today" is the date in the Netherlands, where the editors work, so a change note
 * written just after midnight is not "in the future" because UTC still says yesterday.
 */

/** Whether year-month-day is a day that exists (JavaScript would quietly turn 2025-13-45 into 2026-02-14). */
export function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a JJJJ-MM-DD string is a day that exists. */
export function isEchteDatum(value: string): boolean {
  const m = ISO_DATUM.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Today's date in the Netherlands as JJJJ-MM-DD. */
export function vandaag(now: Date = new Date()): string {
  // en-CA formats as 2026-12-05.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * YAML reads an unquoted 2026-12-05 as a date, not as text: both mean the same day to a contributor,
 * so a schema takes either (as JJJJ-MM-DD).
 */
export function alsDatumTekst(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}
