/**
 * Which installed packages refuse the Node version this project runs on. npm only
 * warns about that (EBADENGINE) and installs them anyway; the test that uses this
 * makes the warning a failure, naming the package and who pulls it in.
 */
import semver from 'semver';

/** The part of package-lock.json (lockfileVersion 3) this reads. */
type Deps = Record<string, string>;
export interface Lock {
  packages: Record<
    string,
    {
      version?: string;
      optional?: boolean;
      link?: boolean;
      dependencies?: Deps;
      devDependencies?: Deps;
      optionalDependencies?: Deps;
      peerDependencies?: Deps;
    }
  >;
}

export interface Manifest {
  version?: string;
  engines?: {node?: string};
}

export interface EngineProblem {
  /** Lock key, e.g. "node_modules/docx/node_modules/nanoid". */
  location: string;
  name: string;
  version: string;
  needs: string;
  /** Lock keys of the packages that depend on it, for the pin or override. */
  requiredBy: string[];
}

/** "node_modules/docx/node_modules/nanoid" → "nanoid". */
export const nameAt = (location: string): string => location.slice(location.lastIndexOf('node_modules/') + 13);

/**
 * The Node versions the project promises: engines.node within the release line
 * of .nvmrc ("20" → every 20.x that engines allows).
 */
export function supportedNode(nvmrc: string, engines: string): semver.Range {
  const line = nvmrc.trim().replace(/^v/, '');
  if (!semver.validRange(line)) throw new Error(`.nvmrc bevat "${nvmrc.trim()}": zet er een Node-versie in, zoals 20.`);
  if (engines.includes('||'))
    throw new Error(`engines.node "${engines}" heeft meer dan één reeks; houd hem enkelvoudig (">=20.19.0").`);
  return new semver.Range(`${engines} ${semver.validRange(line)}`);
}

/** Every installed package whose engines.node does not accept all of `supported`. */
export function engineProblems(
  lock: Lock,
  supported: semver.Range,
  read: (location: string) => Manifest | undefined,
): EngineProblem[] {
  const problems: EngineProblem[] = [];
  for (const [location, entry] of Object.entries(lock.packages)) {
    if (location === '' || entry.link) continue;
    const manifest = read(location);
    if (!manifest) {
      // Platform packages for another OS are in the lock but not installed.
      if (entry.optional) continue;
      throw new Error(`${location} staat in package-lock.json maar is niet geïnstalleerd: voer npm ci uit.`);
    }
    const needs = manifest.engines?.node;
    if (!needs || semver.subset(supported, needs, {includePrerelease: true})) continue;
    const name = nameAt(location);
    const requiredBy = Object.entries(lock.packages)
      .filter(([key, e]) => dependsOn(e, name) && resolvesTo(lock, key, name) === location)
      .map(([key]) => key || 'package.json');
    problems.push({location, name, version: manifest.version ?? entry.version ?? '?', needs, requiredBy});
  }
  return problems;
}

const dependsOn = (e: Lock['packages'][string], name: string): boolean =>
  [e.dependencies, e.devDependencies, e.optionalDependencies, e.peerDependencies].some((d) => d?.[name] !== undefined);

/** Where Node's lookup from the package at `from` finds `name`: its own node_modules first, then each parent's. */
export function resolvesTo(lock: Lock, from: string, name: string): string {
  let dir = from;
  for (;;) {
    const candidate = dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (lock.packages[candidate] || dir === '') return candidate;
    const at = dir.lastIndexOf('/node_modules/');
    dir = at < 0 ? '' : dir.slice(0, at);
  }
}

export function formatEngineProblem(p: EngineProblem, supported: string): string {
  return `${p.name}@${p.version} (${p.location}) vraagt Node "${p.needs}", maar dit project belooft Node ${supported} (.nvmrc en engines in package.json). Binnengehaald door: ${p.requiredBy.join(', ') || '?'}. Pin een versie die Node ${supported} aankan, of zet een override in package.json met de reden in README ("Node-versie").`;
}
