/**
 * Shared shapes for the content rules. Each rule is one module (github/docs
 * content-linter style): a pure function from one parsed page plus a site
 * index to problems, tested on in-memory Markdown.
 */
import type {Root} from 'mdast';
import type {Glossary} from '../glossary';
import type {Problem} from '../problems';
import type {ContentPage} from '../validate';

/** The spell checker the spelling rule (./spelling.ts) builds from the dictionary and the word list. */
export interface Spelling {
  /** Is the word spelled right: in the dictionary, the word list or the site's own names and terms? */
  kent(woord: string): boolean;
  /** Up to three dictionary words close to it. */
  suggesties(woord: string): string[];
}

/** A page whose Markdown parsed: the tree is there. */
export interface RuleFile extends ContentPage {
  tree: Root;
}

export interface SiteUrls {
  /** Page path without trailing slash ("/" for the home page) → heading ids, or null when they cannot be known (React pages). */
  pages: Map<string, Set<string> | null>;
  /** Site-relative source file ("docs/handleiding/houding.md") → its page path, for relative .md links. */
  fileUrls: Map<string, string>;
  /** URL paths of files: static/, generated worksheets and downloads, feeds. */
  files: Set<string>;
}

export interface RuleContext {
  urls: SiteUrls;
  /** Size in bytes of a file relative to the site directory, or undefined when it does not exist. */
  fileSize(siteRelativePath: string): number | undefined;
  /** Largest image a contribution may add, in bytes. */
  imageBudget: number;
  /** Values that may appear in one named file only (see personal-data.allowlist.json). */
  allowlist: readonly AllowlistEntry[];
  /** Text the templates (templates/*.md) ask a contributor to replace. */
  placeholders: readonly string[];
  /** The glossary per docs edition (blog posts use the current one): which words the site explains. */
  glossaries?: ReadonlyMap<string, Glossary>;
  /** The spell checker (rules/spelling.ts); loaded by checkSite, which is async. */
  spelling?: Spelling;
}

export interface AllowlistEntry {
  waarde: string;
  bestand: string;
  reden: string;
}

export interface Rule {
  /** Short Dutch name, printed with every problem so a contributor can look it up in CONTRIBUTING.md. */
  name: string;
  /** Which files the rule applies to; default: all content files. */
  appliesTo?: (f: RuleFile) => boolean;
  check(f: RuleFile, ctx: RuleContext): Problem[];
}

export function problem(f: Pick<RuleFile, 'file'>, line: number, rule: string, message: string): Problem {
  return {file: f.file, line, message: `${message} [${rule}]`};
}
