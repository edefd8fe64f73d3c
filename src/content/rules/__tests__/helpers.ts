import {formatOf, parseMarkdown} from '../../markdown';
import {formatProblem} from '../../problems';
import type {Rule, RuleContext, RuleFile} from '../types';

/** A file in memory: front matter + body, as a contributor would write it (the body starts on line 4). */
export function mdFile(
  body: string,
  opts: {file?: string; kind?: RuleFile['kind']; edition?: string; data?: Record<string, unknown>} = {},
): RuleFile {
  const raw = `---\nid: x\n---\n${body}`;
  const file = opts.file ?? 'docs/bijdrage.md';
  return {
    file,
    kind: opts.kind ?? 'doc',
    edition: opts.edition ?? 'current',
    locale: 'nl',
    raw,
    data: opts.data ?? {id: 'x'},
    valid: true,
    tree: parseMarkdown(raw, formatOf(file)),
  };
}

export function ctx(over: Partial<RuleContext> = {}): RuleContext {
  return {
    urls: {
      pages: new Map<string, Set<string> | null>([
        ['/handleiding/houding', new Set(['acht-kenmerken', 'gastvrij'])],
        ['/bijdrage', new Set(['eigen-kop'])],
        ['/', null],
      ]),
      fileUrls: new Map([
        ['docs/handleiding/houding.md', '/handleiding/houding'],
        ['docs/bijdrage.md', '/bijdrage'],
      ]),
      files: new Set(['/kenniscafes/rss.xml', '/werkbladen/gesprekskaarten.pdf']),
    },
    fileSize: (p) => ({'static/img/klein.png': 1000, 'static/img/groot.png': 900_000})[p],
    imageBudget: 300 * 1024,
    allowlist: [
      {waarde: 'jeugdengezin@che.nl', bestand: 'src/data/bronnen/moduleserie-samenwerken.yml', reden: 'test'},
    ],
    placeholders: ['[Eén zin over de opbrengst van dit kenniscafé.]', '[N]'],
    ...over,
  };
}

export const run = (rule: Rule, f: RuleFile, c = ctx()) => rule.check(f, c).map(formatProblem);
