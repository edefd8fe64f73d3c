/**
 * The browser for tests and benchmarks (src/lib/chromium.ts). There is no skip:
 * without a browser the suite fails and says how to fix it.
 */
import type {Browser} from 'playwright-core';
import {CHROME_ARGS, chromePath as findChrome, launchChromium} from '../../src/lib/chromium';

export {CHROME_ARGS};

const PURPOSE = 'De browsertests hebben Chromium nodig';

export function chromePath(): string {
  return findChrome(PURPOSE);
}

export function launchBrowser(): Promise<Browser> {
  return launchChromium(PURPOSE);
}
