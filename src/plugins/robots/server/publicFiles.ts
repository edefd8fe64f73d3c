/** robots.txt, at the root of the default locale's output only (a crawler looks for it there). */
export const ROBOTS_FILE = '/robots.txt';

export function publicFiles(): string[] {
  return [ROBOTS_FILE];
}
