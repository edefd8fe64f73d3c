/**
 * Chromium (or Chrome) through playwright-core, for everything that needs a
 * browser: the book's PDF at build time, the browser tests and the benchmarks.
 * Never a downloaded browser: CI installs Debian's package. Found on Linux,
 * macOS and Windows: $CHROME_PATH first, then where each system's installers
 * put the browser.
 */
import fs from 'node:fs';
import path from 'node:path';
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

/** What the lookup depends on, injectable so each platform can be tested anywhere. */
export interface ChromeSystem {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  exists: (file: string) => boolean;
}

const SYSTEM: ChromeSystem = {platform: process.platform, env: process.env, exists: (f) => fs.existsSync(f)};

/** Where a browser usually is on this platform, in order of preference (Chromium before Chrome). */
export function chromeCandidates(system: Pick<ChromeSystem, 'platform' | 'env'>): string[] {
  const {platform, env} = system;
  if (platform === 'darwin') {
    const apps = [
      'Chromium.app/Contents/MacOS/Chromium',
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    ];
    const roots = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])];
    return roots.flatMap((root) => apps.map((app) => path.posix.join(root, app)));
  }
  if (platform === 'win32') {
    // Chrome installs per machine (Program Files) or, without admin rights, per user (LocalAppData).
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return [
      ...roots.map((r) => path.win32.join(r, 'Chromium', 'Application', 'chrome.exe')),
      ...roots.map((r) => path.win32.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')),
    ];
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
}

/** How to get a browser on this platform, in Dutch, for the error message. */
function installHint(platform: NodeJS.Platform): string {
  if (platform === 'darwin')
    return 'Installeer Google Chrome (google.com/chrome) of Chromium (brew install --cask chromium)';
  if (platform === 'win32') return 'Installeer Google Chrome (google.com/chrome of: winget install Google.Chrome)';
  return 'Installeer Chromium (Debian/Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium)';
}

/**
 * Path of the browser to start. `purpose` begins the Dutch message when there is none
 * ("De browsertests hebben Chromium nodig"), so the reader learns what needs it and how to install it.
 */
export function chromePath(purpose = 'Hiervoor is Chromium nodig', system: ChromeSystem = SYSTEM): string {
  const own = system.env.CHROME_PATH;
  if (own) {
    // A set CHROME_PATH is a choice: when it is wrong, say so rather than quietly take another browser.
    if (system.exists(own)) return own;
    throw new Error(
      `${purpose}, maar CHROME_PATH wijst naar ${own} en daar staat geen bestand. ` +
        'Zet CHROME_PATH naar het programma van Chromium of Chrome, of haal CHROME_PATH weg om op de gebruikelijke plaatsen te zoeken.',
    );
  }
  const candidates = chromeCandidates(system);
  const found = candidates.find((p) => system.exists(p));
  if (!found) {
    throw new Error(
      `${purpose}, maar Chromium is niet gevonden (gezocht: ${candidates.join(', ')}). ` +
        `${installHint(system.platform)}, of zet CHROME_PATH naar het programma van een Chromium of Chrome.`,
    );
  }
  return found;
}

export function launchChromium(purpose?: string): Promise<Browser> {
  return chromium.launch({executablePath: chromePath(purpose), headless: true, args: CHROME_ARGS});
}
