/**
 * Debian's Chromium (or $CHROME_PATH) through playwright-core, for everything
 * that needs a browser: the book's PDF at build time, the browser tests and
 * the benchmarks. Never a downloaded browser: CI installs Debian's package.
 */
import fs from 'node:fs';
import {chromium, type Browser} from 'playwright-core';

/** Flags that keep Chromium from phoning home: only the site's own requests may happen. */
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

/**
 * Path of the browser to start. `purpose` begins the Dutch message when there is none
 * ("De browsertests hebben Chromium nodig"), so the reader learns what needs it and how to install it.
 */
export function chromePath(
  purpose = 'Hiervoor is Chromium nodig',
  candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string =>
    Boolean(p),
  ),
): string {
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(
      `${purpose}, maar Chromium is niet gevonden (gezocht: ${candidates.join(', ')}). ` +
        'Installeer het (Debian/Ubuntu: sudo apt-get install chromium) of zet CHROME_PATH naar een Chromium of Chrome.',
    );
  }
  return found;
}

export function launchChromium(purpose?: string): Promise<Browser> {
  return chromium.launch({executablePath: chromePath(purpose), headless: true, args: CHROME_ARGS});
}
