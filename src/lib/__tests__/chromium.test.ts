import {describe, expect, it} from 'vitest';
import {chromeCandidates, chromePath, type ChromeSystem} from '../chromium';

/** A machine where exactly `files` exist. */
const system = (platform: NodeJS.Platform, files: string[], env: ChromeSystem['env'] = {}): ChromeSystem => ({
  platform,
  env,
  exists: (f) => files.includes(f),
});

const WINDOWS_ENV = {
  PROGRAMFILES: 'C:\\Program Files',
  'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
  LOCALAPPDATA: 'C:\\Users\\sanne\\AppData\\Local',
};

describe('chromePath', () => {
  it.each([
    ['linux', '/usr/bin/chromium', {}],
    ['linux', '/usr/bin/chromium-browser', {}],
    ['linux', '/usr/bin/google-chrome', {}],
    ['darwin', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', {}],
    ['darwin', '/Applications/Chromium.app/Contents/MacOS/Chromium', {}],
    ['darwin', '/Users/sanne/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', {HOME: '/Users/sanne'}],
    ['win32', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', WINDOWS_ENV],
    ['win32', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe', WINDOWS_ENV],
    ['win32', 'C:\\Users\\sanne\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe', WINDOWS_ENV],
    ['win32', 'C:\\Users\\sanne\\AppData\\Local\\Chromium\\Application\\chrome.exe', WINDOWS_ENV],
  ] as const)('on %s finds %s', (platform, file, env) => {
    expect(chromePath('x', system(platform, [file], env))).toBe(file);
  });

  it('prefers Chromium to Chrome, in the order of chromeCandidates', () => {
    const both = ['/usr/bin/google-chrome', '/usr/bin/chromium'];
    expect(chromePath('x', system('linux', both))).toBe('/usr/bin/chromium');
    expect(chromeCandidates({platform: 'linux', env: {}})[0]).toBe('/usr/bin/chromium');
  });

  it('takes CHROME_PATH before any usual place', () => {
    const own = '/opt/eigen/chrome';
    expect(chromePath('x', system('linux', [own, '/usr/bin/chromium'], {CHROME_PATH: own}))).toBe(own);
  });

  it('says so when CHROME_PATH points at nothing, instead of quietly taking another browser', () => {
    expect(() =>
      chromePath(
        'De browsertests hebben Chromium nodig',
        system('linux', ['/usr/bin/chromium'], {CHROME_PATH: '/weg'}),
      ),
    ).toThrow(/^De browsertests hebben Chromium nodig, maar CHROME_PATH wijst naar \/weg en daar staat geen bestand\./);
  });

  it.each([
    ['linux', /Installeer Chromium \(Debian\/Ubuntu: sudo apt-get install chromium;/],
    ['darwin', /Installeer Google Chrome \(google\.com\/chrome\) of Chromium \(brew install --cask chromium\)/],
    ['win32', /Installeer Google Chrome \(google\.com\/chrome of: winget install Google\.Chrome\)/],
  ] as const)(
    'without a browser on %s, says in Dutch what needs it, where it looked and how to install it',
    (platform, hint) => {
      const run = () =>
        chromePath('Boek: de PDF van de handleiding wordt met Chromium gemaakt', system(platform, [], WINDOWS_ENV));
      expect(run).toThrow(
        /^Boek: de PDF van de handleiding wordt met Chromium gemaakt, maar Chromium is niet gevonden \(gezocht: /,
      );
      expect(run).toThrow(hint);
      expect(run).toThrow(/of zet CHROME_PATH naar het programma van een Chromium of Chrome\.$/);
      for (const place of chromeCandidates({platform, env: WINDOWS_ENV})) expect(run).toThrow(place);
    },
  );
});
