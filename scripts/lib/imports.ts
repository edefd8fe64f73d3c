/**
 * What the code imports, read with the TypeScript compiler (not a regex, which
 * would also find imports in comments and strings and miss `require.resolve`):
 * for the test that every imported package is declared in package.json, and
 * for the test that src/ has no import cycle.
 */
import fs from 'node:fs';
import {builtinModules} from 'node:module';
import path from 'node:path';
import ts from 'typescript';

export interface ImportRef {
  /** As written: "unist-util-visit", "../shared/options", "node:fs". */
  specifier: string;
  /** 1-based line of the import. */
  line: number;
  /** Erased when compiled (`import type`, `import {type A}` only, `typeof import('x')`): no runtime dependency. */
  typeOnly: boolean;
}

const CODE = /\.(?:[cm]?[jt]sx?)$/;

/** Source files under a folder (node_modules and fixtures left out: fixtures are data, not code). */
export function codeFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  if (fs.statSync(dir).isFile()) return CODE.test(dir) ? [dir] : [];
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === '__fixtures__' ? [] : codeFiles(full);
    return CODE.test(e.name) ? [full] : [];
  });
}

function scriptKind(file: string): ts.ScriptKind {
  if (file.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (/\.[cm]?jsx?$/.test(file)) return file.endsWith('x') ? ts.ScriptKind.JSX : ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

const stringArg = (node: ts.CallExpression): string | undefined => {
  const [first] = node.arguments;
  return first && ts.isStringLiteralLike(first) ? first.text : undefined;
};

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // `import 'x'`: a side effect
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return (
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((e) => e.isTypeOnly)
  );
}

/** Every import, export-from, require(), require.resolve() and import() in a file's text. */
export function importsOf(file: string, text = fs.readFileSync(file, 'utf8')): ImportRef[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
  const out: ImportRef[] = [];
  const add = (node: ts.Node, specifier: string, typeOnly: boolean) =>
    out.push({specifier, typeOnly, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1});
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteralLike(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, isTypeOnlyImport(node));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteralLike(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, node.isTypeOnly);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteralLike(node.moduleReference.expression)
    ) {
      add(node, node.moduleReference.expression.text, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      if (ts.isLiteralTypeNode(arg) && ts.isStringLiteralLike(arg.literal)) add(node, arg.literal.text, true);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const spec = stringArg(node);
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      const isResolve =
        ts.isPropertyAccessExpression(callee) &&
        ts.isIdentifier(callee.expression) &&
        callee.expression.text === 'require' &&
        callee.name.text === 'resolve';
      const isDynamicImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      if (spec !== undefined && (isRequire || isResolve || isDynamicImport)) add(node, spec, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const BUILTINS = new Set(builtinModules);

/**
 * The package a specifier loads from node_modules ("@docusaurus/utils" for
 * "@docusaurus/utils/lib/x", "katex" for "katex/dist/katex.min.css"), or
 * undefined for relative paths, Node's own modules and the given aliases.
 */
export function packageOf(
  specifier: string,
  isAlias: (specifier: string) => boolean = () => false,
): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  if (BUILTINS.has(specifier.split('/')[0]!) || isAlias(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Modules Docusaurus's bundler provides under a package-like name (`@docusaurus/Link`, `@theme/…`, `@site/…`). */
export function docusaurusAliases(rootDir: string): (specifier: string) => boolean {
  const file = path.join(rootDir, 'node_modules/@docusaurus/module-type-aliases/src/index.d.ts');
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const exact = new Set<string>();
  for (const stmt of source.statements) {
    if (ts.isModuleDeclaration(stmt) && ts.isStringLiteral(stmt.name)) exact.add(stmt.name.text);
  }
  // The prefixes Docusaurus resolves itself: theme components, the site folder, generated files.
  const prefixes = ['@theme/', '@theme-original/', '@theme-init/', '@site/', '@generated/'];
  return (s) => exact.has(s) || prefixes.some((p) => s.startsWith(p));
}

/** DefinitelyTyped's name for a package's types: "mdast" → "@types/mdast", "@a/b" → "@types/a__b". */
export const typesPackage = (name: string): string =>
  `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;

export interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export interface UndeclaredImport {
  /** Relative to the root, with "/". */
  file: string;
  line: number;
  pkg: string;
  /** Only types are imported: the package or its `@types/` package will do, in either list. */
  typeOnly: boolean;
  /** What is missing: "dependencies" (site or build code loads it) or "package.json" (not declared at all). */
  missingFrom: 'dependencies' | 'package.json';
}

export interface DeclaredCheckInput {
  rootDir: string;
  files: readonly string[];
  pkg: PackageJson;
  /** Site and build code: what it loads at runtime must be in `dependencies`. Tests and scripts may use either. */
  isSiteCode: (relFile: string) => boolean;
  isAlias?: (specifier: string) => boolean;
}

/**
 * Imports of packages package.json does not declare. A type-only import needs the
 * package (or its `@types/` package) in either list; a runtime import in site or
 * build code needs it in `dependencies`, since `npm ci --omit=dev` must still build.
 */
export function undeclaredImports({rootDir, files, pkg, isSiteCode, isAlias}: DeclaredCheckInput): UndeclaredImport[] {
  const deps = new Set(Object.keys(pkg.dependencies ?? {}));
  const all = new Set([...deps, ...Object.keys(pkg.devDependencies ?? {})]);
  const out: UndeclaredImport[] = [];
  for (const abs of files) {
    const file = path.relative(rootDir, abs).split(path.sep).join('/');
    const site = isSiteCode(file);
    for (const ref of importsOf(abs)) {
      const name = packageOf(ref.specifier, isAlias);
      if (name === undefined) continue;
      const at = {file, line: ref.line, pkg: name, typeOnly: ref.typeOnly};
      if (ref.typeOnly) {
        if (!all.has(name) && !all.has(typesPackage(name))) out.push({...at, missingFrom: 'package.json'});
      } else if (!all.has(name)) out.push({...at, missingFrom: 'package.json'});
      else if (site && !deps.has(name)) out.push({...at, missingFrom: 'dependencies'});
    }
  }
  return out;
}

export function formatUndeclared(u: UndeclaredImport): string {
  if (u.typeOnly)
    return `${u.file}:${u.line} importeert typen uit "${u.pkg}", maar package.json noemt "${u.pkg}" noch "${typesPackage(u.pkg)}": installeer het pakket dat de typen levert met npm install --save-exact --save-dev.`;
  return u.missingFrom === 'dependencies'
    ? `${u.file}:${u.line} laadt "${u.pkg}" bij het bouwen of in de site, maar package.json noemt het alleen in devDependencies: zet het in dependencies (npm install --save-exact ${u.pkg}).`
    : `${u.file}:${u.line} importeert "${u.pkg}", maar package.json noemt het niet: npm install --save-exact ${u.pkg} (in dependencies als de site of de build het laadt, anders met --save-dev).`;
}

// ------------------------------------------------------------------ import cycles

/** The files a file imports, among `files` (relative imports and `@site/…`, resolved the way TypeScript does). */
export function importGraph(rootDir: string, files: readonly string[]): Map<string, string[]> {
  const options: ts.CompilerOptions = {
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
    allowJs: true,
    baseUrl: rootDir,
    paths: {'@site/*': ['./*']},
    resolveJsonModule: true,
  };
  const known = new Set(files.map((f) => path.resolve(f)));
  const graph = new Map<string, string[]>();
  for (const file of known) {
    const targets = new Set<string>();
    for (const ref of importsOf(file)) {
      if (!ref.specifier.startsWith('.') && !ref.specifier.startsWith('@site/')) continue;
      const resolved = ts.resolveModuleName(ref.specifier, file, options, ts.sys).resolvedModule?.resolvedFileName;
      if (resolved && known.has(path.resolve(resolved))) targets.add(path.resolve(resolved));
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

export interface ImportCycle {
  /** Every file of one strongly connected group: each reaches every other through imports. */
  files: string[];
  /** One concrete cycle through the group, from its first file back to it. */
  path: string[];
}

/** Every import cycle, one per strongly connected group of files (Tarjan's algorithm). */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): ImportCycle[] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const strongConnect = (v: string): void => {
    indexOf.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        strongConnect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
    }
    if (low.get(v) === indexOf.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) groups.push(group);
    }
  };
  for (const v of [...graph.keys()].sort()) if (!indexOf.has(v)) strongConnect(v);
  return groups.map((group) => ({files: [...group].sort(), path: cyclePath(graph, group)}));
}

/** A shortest path from the group's first file (alphabetically) back to itself, through the group only. */
function cyclePath(graph: ReadonlyMap<string, readonly string[]>, group: readonly string[]): string[] {
  const members = new Set(group);
  const start = [...group].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const route = [start];
        for (let at = v; at !== start; at = previous.get(at)!) route.splice(1, 0, at);
        return [...route, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}
