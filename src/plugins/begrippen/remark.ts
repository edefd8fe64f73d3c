/**
 * remark plugin: turns `[[woord]]` or `[[begrip|getoonde tekst]]` in a docs page
 * into <Begrip> (an MDX JSX node, so it also works in CommonMark .md files).
 *
 * - The word is looked up, case-insensitively, among the terms, aliases and ids
 *   of the glossary of the page's own docs version; the text is shown as written.
 * - Inside headings, links and quotes a marker becomes plain text (no nested
 *   link, no explanation inside a quotation); code is never touched.
 * - An unknown word fails the build, naming file, line and the nearest term.
 */
import path from 'node:path';
import type {Parent, Root, RootContent, Text} from 'mdast';
import {suggest} from '../../content/validate';
import {DEFAULT_OPTIONS, type PluginOptions} from './options';
import {loadSiteTerms, normalise, termLookup, versionOfFile} from './terms';
import type {Begrip} from './types';

export interface RemarkBegrippenOptions extends Partial<PluginOptions> {
  /** Site directory; the terms are read from each version's begrippen folder. */
  siteDir?: string;
  /** Terms per version, instead of reading them from siteDir (tests). */
  terms?: Record<string, Begrip[]>;
}

/** `[[target]]` or `[[target|shown text]]`; no brackets or pipes inside. */
export const MARKER = /\[\[([^[\]|\n]+?)(?:\|([^[\]|\n]+?))?\]\]/g;

/** Nodes whose text must stay plain: a term link inside them would be wrong or unreadable. */
const PLAIN_INSIDE = new Set(['heading', 'link', 'linkReference', 'blockquote']);

interface MdxJsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value: string;
}
export interface MdxJsxTextElement {
  type: 'mdxJsxTextElement';
  name: string;
  attributes: MdxJsxAttribute[];
  children: Text[];
}

interface VFileLike {
  path?: string;
  cwd?: string;
}

const attr = (name: string, value: string): MdxJsxAttribute => ({type: 'mdxJsxAttribute', name, value});

export function begripNode(t: Begrip, shown: string): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'Begrip',
    attributes: [attr('to', t.permalink), attr('term', t.term), attr('definitie', t.definitie), attr('engels', t.engels)],
    children: [{type: 'text', value: shown}],
  };
}

export default function remarkBegrippen(options: RemarkBegrippenOptions = {}) {
  const opts: PluginOptions = {...DEFAULT_OPTIONS, ...options};
  let cache: Record<string, Begrip[]> | undefined = options.terms;
  const termsOf = (siteDir: string, version: string): Begrip[] => {
    // Read once per build; problems in the term files themselves are reported by the plugin.
    cache ??= loadSiteTerms(siteDir, opts).versions;
    return cache[version] ?? [];
  };

  return (tree: Root, file: VFileLike): void => {
    const siteDir = options.siteDir ?? file.cwd ?? process.cwd();
    const filePath = file.path ?? '(onbekend bestand)';
    const rel = path.isAbsolute(filePath) ? path.relative(siteDir, filePath).split(path.sep).join('/') : filePath;
    const version = versionOfFile(rel);
    const lookup = termLookup(termsOf(siteDir, version));
    const errors: string[] = [];

    const replaceText = (node: Text, plain: boolean): RootContent[] | undefined => {
      const value = node.value;
      MARKER.lastIndex = 0;
      if (!MARKER.test(value)) return undefined;
      MARKER.lastIndex = 0;
      const out: RootContent[] = [];
      let last = 0;
      for (const m of value.matchAll(MARKER)) {
        const target = m[1]!.trim();
        const shown = (m[2] ?? m[1]!).trim();
        if (m.index > last) out.push({type: 'text', value: value.slice(last, m.index)});
        last = m.index + m[0].length;
        const t = lookup.get(normalise(target));
        if (!t) {
          const line = (node.position?.start.line ?? 0) + (value.slice(0, m.index).match(/\n/g)?.length ?? 0);
          const folder = version === 'current' ? 'docs' : `versioned_docs/version-${version}`;
          errors.push(
            `${rel}:${line} — begrip "${target}" bestaat niet in editie "${version}" (${folder}/${opts.folder}/).` +
              `${suggest(target, [...new Set([...lookup.values()].map((b) => b.term))])}` +
              ` Voeg het woord toe als begrip of als alias van een begrip, of haal de [[ ]] weg.`,
          );
          out.push({type: 'text', value: shown});
          continue;
        }
        out.push(plain ? {type: 'text', value: shown} : (begripNode(t, shown) as unknown as RootContent));
      }
      if (last < value.length) out.push({type: 'text', value: value.slice(last)});
      return out;
    };

    const walk = (parent: Parent, plain: boolean): void => {
      const next: RootContent[] = [];
      let changed = false;
      for (const child of parent.children as RootContent[]) {
        if (child.type === 'text') {
          const replaced = replaceText(child, plain);
          if (replaced) {
            next.push(...replaced);
            changed = true;
            continue;
          }
        } else if ('children' in child) {
          walk(child, plain || PLAIN_INSIDE.has(child.type));
        }
        next.push(child);
      }
      if (changed) parent.children = next as Parent['children'];
    };
    walk(tree, false);

    if (errors.length) {
      throw new Error(
        `${errors.length === 1 ? 'Onbekend begrip' : `${errors.length} onbekende begrippen`} gemarkeerd:\n` +
          errors.map((e) => `  ✗ ${e}`).join('\n'),
      );
    }
  };
}
