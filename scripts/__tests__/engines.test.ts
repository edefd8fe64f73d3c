/**
 * The Node version is one promise, written in four places that must agree:
 * .nvmrc (nvm, the CI workflows), engines.node in package.json, .ci/run (which
 * refuses another release line) and every installed package's own engines.node.
 *
 * Why Node 20 and not 22: the machines that run CI here have Node 20 and cannot
 * download another Node. Node 20 is past its end of life (April 2026), so moving to
 * Node 22 LTS is the next step once CI can; until then two overrides in
 * package.json keep every package on Node 20:
 * - katex@0.19.1 wants commander 15 (Node ≥ 22.12) for its command-line tool only,
 *   which the site never runs: commander 14.0.3 (Node ≥ 20) instead.
 * - docx@9.15.2 wants nanoid 6 (Node 22+) but bundles its own copy of nanoid's
 *   code in dist/: nanoid 5.1.12 (Node ≥ 18) satisfies the install.
 * An upgrade that brings a package needing Node 22 fails here, naming the package
 * and who pulls it in, instead of an EBADENGINE warning nobody reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import {describe, expect, it} from 'vitest';
import {engineProblems, formatEngineProblem, resolvesTo, supportedNode, type Lock, type Manifest} from '../lib/engines';

const ROOT = path.resolve(__dirname, '../..');
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const pkg = JSON.parse(read('package.json')) as {engines?: {node?: string}; overrides?: Record<string, unknown>};
const nvmrc = read('.nvmrc').trim();
const supported = supportedNode(nvmrc, pkg.engines?.node ?? '');

function installed(location: string): Manifest | undefined {
  const file = path.join(ROOT, location, 'package.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest) : undefined;
}

describe('engines check (guard: a lock with a package that needs Node 22)', () => {
  const lock: Lock = {
    packages: {
      '': {dependencies: {docx: '9.15.2', ok: '1.0.0'}},
      'node_modules/docx': {version: '9.15.2', dependencies: {nanoid: '^6.0.1'}},
      'node_modules/docx/node_modules/nanoid': {version: '6.0.2'},
      'node_modules/nanoid': {version: '3.3.20'},
      'node_modules/ok': {version: '1.0.0', dependencies: {nanoid: '^3.0.0'}},
      'node_modules/@esbuild/darwin-arm64': {version: '0.28.2', optional: true},
    },
  };
  const manifests: Record<string, Manifest> = {
    'node_modules/docx': {version: '9.15.2', engines: {node: '>=10'}},
    'node_modules/docx/node_modules/nanoid': {version: '6.0.2', engines: {node: '^22 || ^24 || >=26'}},
    'node_modules/nanoid': {version: '3.3.20', engines: {node: '^14 || >=15.0.1'}},
    'node_modules/ok': {version: '1.0.0'},
  };
  const problems = engineProblems(lock, supportedNode('20', '>=20.19.0'), (l) => manifests[l]);

  it('names the package that refuses Node 20 and the package that pulls it in', () => {
    expect(problems.map((p) => formatEngineProblem(p, '>=20.19.0 <21'))).toEqual([
      'nanoid@6.0.2 (node_modules/docx/node_modules/nanoid) vraagt Node "^22 || ^24 || >=26", maar dit project belooft Node >=20.19.0 <21 (.nvmrc en engines in package.json). Binnengehaald door: node_modules/docx. Pin een versie die Node >=20.19.0 <21 aankan, of zet een override in package.json met de reden in README ("Node-versie").',
    ]);
  });

  it('follows Node’s lookup: the nested copy for docx, the top one for the rest', () => {
    expect(resolvesTo(lock, 'node_modules/docx', 'nanoid')).toBe('node_modules/docx/node_modules/nanoid');
    expect(resolvesTo(lock, 'node_modules/ok', 'nanoid')).toBe('node_modules/nanoid');
    expect(resolvesTo(lock, '', 'docx')).toBe('node_modules/docx');
  });

  it('rejects a package that accepts only part of the promised line', () => {
    const partly = engineProblems(
      {packages: {'node_modules/x': {version: '1.0.0'}}},
      supportedNode('20', '>=20.0.0'),
      () => ({version: '1.0.0', engines: {node: '>=20.19.0'}}),
    );
    expect(partly.map((p) => p.name)).toEqual(['x']);
  });

  it('says so when a package of the lock is not installed', () => {
    expect(() =>
      engineProblems({packages: {'node_modules/weg': {version: '1.0.0'}}}, supported, () => undefined),
    ).toThrow('node_modules/weg staat in package-lock.json maar is niet geïnstalleerd: voer npm ci uit.');
  });
});

describe('this repository', () => {
  it('has one Node release line in .nvmrc and a single engines range that starts on it', () => {
    expect(nvmrc).toMatch(/^\d+$/);
    expect(semver.satisfies(semver.minVersion(pkg.engines!.node!)!, nvmrc)).toBe(true);
  });

  it('every installed package accepts every Node version the project promises (.nvmrc within engines)', () => {
    const lock = JSON.parse(read('package-lock.json')) as Lock;
    const problems = engineProblems(lock, supported, installed);
    expect(problems.map((p) => formatEngineProblem(p, supported.range))).toEqual([]);
  });

  it('the CI workflows take their Node version from .nvmrc', () => {
    const dir = path.join(ROOT, '.github/workflows');
    const workflows = fs.readdirSync(dir).filter((f) => f.endsWith('.yml'));
    for (const f of workflows) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      if (!text.includes('actions/setup-node')) continue;
      expect(text, f).not.toMatch(/node-version:/);
      expect(text, f).toMatch(/node-version-file: \.nvmrc/);
    }
  });

  it('.ci/run refuses a Node from another release line than .nvmrc', () => {
    expect(read('.ci/run')).toMatch(/\.nvmrc/);
  });

  it('explains each override in README', () => {
    const readme = read('README.md');
    for (const key of Object.keys(pkg.overrides ?? {})) expect(readme, key).toContain(`\`${key}\``);
  });
});
