/**
 * Is a page styled without JavaScript? The browser itself decides which rules of the site's
 * separate stylesheets (src/plugins/paginastijl) match an element of the page; every such
 * stylesheet must be linked in the page's HTML.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';

export interface SeparateSheet {
  file: string;
  text: string;
}

/** The stylesheets under <build>/assets/css other than the shared styles.*.css. */
export function separateSheets(cssDir: string): SeparateSheet[] {
  return fs
    .readdirSync(cssDir)
    .filter((f) => f.endsWith('.css') && !f.startsWith('styles.'))
    .map((file) => ({file, text: fs.readFileSync(path.join(cssDir, file), 'utf8')}));
}

export interface SheetSelectors {
  file: string;
  /** Selectors of the file's style rules that name a class, as the browser parsed them. */
  selectors: string[];
}

/**
 * The selectors of each stylesheet, parsed by the browser. Rules that name no class (KaTeX's
 * `body` counter, the blog's `:root` variables) set values that only the file's own class rules
 * use; the plugin links by classes too.
 */
export async function sheetSelectors(page: Page, sheets: readonly SeparateSheet[]): Promise<SheetSelectors[]> {
  return page.evaluate(
    (list) =>
      list.map(({file, text}) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        const selectors: string[] = [];
        const walk = (rules: CSSRuleList) => {
          for (const rule of rules) {
            if (rule instanceof CSSStyleRule) {
              if (/\.[_a-zA-Z-]/.test(rule.selectorText)) selectors.push(rule.selectorText);
            } else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
          }
        };
        walk(sheet.cssRules);
        return {file, selectors};
      }),
    sheets as SeparateSheet[],
  );
}

/**
 * For the page as loaded: "<file>: <selector>" for each separate stylesheet that has a rule
 * matching an element of the page while the page does not link it.
 */
export async function unlinkedMatches(page: Page, sheets: readonly SheetSelectors[]): Promise<string[]> {
  return page.evaluate((list) => {
    const linked = new Set(
      [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) =>
        (l.getAttribute('href') ?? '').split('/').pop(),
      ),
    );
    // Pseudo-elements and states cannot be queried; the element they belong to can.
    const queryable = (s: string) =>
      s
        .replace(/::?(?:before|after|marker|placeholder|selection|-webkit-[\w-]+|-moz-[\w-]+)\b/g, '')
        .replace(/:(?:hover|focus-visible|focus-within|focus|active|visited)\b/g, '');
    const matches = (selector: string) => {
      try {
        return document.querySelector(queryable(selector) || '*') !== null;
      } catch {
        return false;
      }
    };
    return list
      .filter(({file}) => !linked.has(file))
      .flatMap(({file, selectors}) => {
        const hit = selectors.find(matches);
        return hit ? [`${file}: ${hit}`] : [];
      });
  }, sheets as SheetSelectors[]);
}
