import path from 'node:path';
import vm from 'node:vm';
import {describe, expect, it} from 'vitest';
import {bundleBrowserScript} from '../browserScript';

const ENTRY = path.join(__dirname, '__fixtures__/script/entry.ts');

describe('bundleBrowserScript', () => {
  it('bundles an entry and its imports into one self-contained script that runs as a classic <script>', async () => {
    const js = await bundleBrowserScript(ENTRY);
    expect(js).not.toMatch(/\bimport\b|\bexport\b|require\(/);
    const element = {textContent: ''};
    vm.runInNewContext(js, {document: {getElementById: (id: string) => (id === 'groet' ? element : null)}});
    expect(element.textContent).toBe('Hallo lezer');
  });

  it('writes syntax the supported browsers read (optional chaining compiled away for es2019)', async () => {
    expect(await bundleBrowserScript(ENTRY)).not.toContain('?.');
  });
});
