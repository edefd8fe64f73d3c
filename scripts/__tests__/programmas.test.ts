/**
 * A fresh machine has Node, npm and git, plus what .ci/run installs. A test or
 * script that starts any other program (poppler's pdfinfo, once) passes on a
 * developer's machine and fails in CI. This test reads every spawn of a
 * program by name in tests/, scripts/ and src/ and names the ones .ci/run
 * does not provide.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const ALWAYS = new Set(['node', 'npm', 'npx', 'git', 'bash', 'sh']);
const SPAWN = /\b(?:execFileSync|execFile|spawnSync|spawn|execSync|exec)\(\s*(['"`])([A-Za-z0-9_./-]+)/g;

function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(full);
    return /\.(m?[jt]sx?)$/.test(e.name) ? [full] : [];
  });
}

/** Programs started by name in a file's text. */
export function startedPrograms(text: string): string[] {
  return [...text.matchAll(SPAWN)].map((m) => path.basename(m[2]!.split(' ')[0]!));
}

/** What .ci/run installs with apt-get (package names double as command names here: chromium). */
function installedByCi(): Set<string> {
  const run = fs.readFileSync(path.join(ROOT, '.ci/run'), 'utf8');
  const pkgs = [...run.matchAll(/apt-get install -y ([^\n]+)/g)].flatMap((m) => m[1]!.trim().split(/\s+/));
  return new Set(pkgs.filter((p) => !p.startsWith('-')));
}

describe('programs started by tests and scripts', () => {
  it('finds a spawn of a program by name (so the scan below can fail)', () => {
    expect(startedPrograms("execFileSync('pdfinfo', [file])")).toEqual(['pdfinfo']);
    expect(startedPrograms('spawn("npx", ["docusaurus"])')).toEqual(['npx']);
  });

  it('has .ci/run install nginx, which tests/lib/nginx.ts starts (by NGINX_PATH or by name)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'tests/lib/nginx.ts'), 'utf8')).toMatch(
      /process\.env\.NGINX_PATH \|\| 'nginx'/,
    );
    expect(installedByCi()).toContain('nginx');
  });

  it('starts only node, npm, git and what .ci/run installs', () => {
    const allowed = new Set([...ALWAYS, ...installedByCi()]);
    const offenders = ['tests', 'scripts', 'src'].flatMap((d) =>
      // This file's own examples name a program on purpose.
      sources(path.join(ROOT, d))
        .filter((file) => file !== __filename)
        .flatMap((file) =>
          startedPrograms(fs.readFileSync(file, 'utf8'))
            .filter((p) => !allowed.has(p))
            .map(
              (p) =>
                `${path.relative(ROOT, file)} start "${p}": installeer het in .ci/run (en noem het in README) of gebruik een bibliotheek uit package.json`,
            ),
        ),
    );
    expect(offenders).toEqual([]);
  });
});
