/**
 * No import cycle in src/. A cycle (the URL list importing the plugins that
 * import its types, once) means no file of it can be read, tested or moved
 * alone, and at runtime one of them sees the other half-loaded. Type-only
 * imports count too: they tie the files together for a reader all the same.
 * Read with the TypeScript compiler's own module resolution (scripts/lib/imports.ts).
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {codeFiles, findCycles, importGraph} from '../lib/imports';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = path.join(__dirname, '__fixtures__/imports');

function cycles(rootDir: string, dir: string): string[] {
  const rel = (f: string) => path.relative(rootDir, f).split(path.sep).join('/');
  return findCycles(importGraph(rootDir, codeFiles(path.join(rootDir, dir)))).map(
    (c) =>
      `${c.path.map(rel).join(' → ')} (${c.files.length} bestanden: ${c.files.map(rel).join(', ')}). Verplaats wat beide kanten nodig hebben naar een derde bestand dat geen van beide importeert.`,
  );
}

describe('import cycles (guard: a fixture with a cycle through a type import and @site)', () => {
  it('finds the cycle, shows one way round it, and leaves out the file that only imports it', () => {
    expect(cycles(FIXTURE, 'src')).toEqual([
      'src/cycle/a.ts → src/cycle/b.ts → src/cycle/c.ts → src/cycle/a.ts (3 bestanden: src/cycle/a.ts, src/cycle/b.ts, src/cycle/c.ts). Verplaats wat beide kanten nodig hebben naar een derde bestand dat geen van beide importeert.',
    ]);
  });

  it('finds a file that imports itself', () => {
    expect(findCycles(new Map([['/a.ts', ['/a.ts']]]))).toEqual([{files: ['/a.ts'], path: ['/a.ts', '/a.ts']}]);
  });

  it('finds nothing in a tree', () => {
    const tree = new Map([
      ['/a.ts', ['/b.ts', '/c.ts']],
      ['/b.ts', ['/c.ts']],
      ['/c.ts', []],
    ]);
    expect(findCycles(tree)).toEqual([]);
  });
});

describe('this repository', () => {
  it('src/ has no import cycle', () => {
    expect(cycles(ROOT, 'src')).toEqual([]);
  }, 60_000);
});
