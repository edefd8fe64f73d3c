/**
 * Launches Debian's Chromium (or $CHROME_PATH) through playwright-core.
 * There is no skip: without a browser the suite fails and says how to fix it.
 */
import fs from 'node:fs';
import {chromium, type Browser} from 'playwright-core';

export function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(
      'Geen Chromium gevonden voor de browsertests. Installeer het (Debian/Ubuntu: sudo apt-get install chromium) of zet CHROME_PATH naar een Chromium of Chrome.',
    );
  }
  return found;
}

/** Flags that keep Chromium from phoning home: the test must see only the site's own requests. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-default-apps',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: chromePath(), headless: true, args: CHROME_ARGS});
}
