import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {chromePath} from '../chromium';

describe('chromePath', () => {
  it('takes the first browser that exists', () => {
    expect(chromePath('x', ['/bestaat/niet', process.execPath])).toBe(process.execPath);
  });

  it('without a browser, says in Dutch what needs it, where it looked and how to install it', () => {
    const missing = path.join('/bestaat', 'niet', 'chromium');
    expect(() => chromePath('Boek: de PDF van de handleiding wordt met Chromium gemaakt', [missing])).toThrow(
      /^Boek: de PDF van de handleiding wordt met Chromium gemaakt, maar Chromium is niet gevonden \(gezocht: \/bestaat\/niet\/chromium\)\. Installeer het \(Debian\/Ubuntu: sudo apt-get install chromium\) of zet CHROME_PATH/,
    );
  });
});
