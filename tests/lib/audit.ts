/**
 * Everything the browser suite checks on one page, as data. The site suite
 * asserts the report is clean; the guard tests feed broken fixtures and assert
 * each problem is found, so no check here can silently pass.
 */
import fs from 'node:fs';
import type {Browser, BrowserContext, Page} from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface PageReport {
  url: string;
  status: number | null;
  h1Count: number;
  lang: string | null;
  consoleErrors: string[];
  /** Requests to any host but the test server (all are blocked). */
  externalRequests: string[];
  /** Same-origin requests that failed or answered 4xx/5xx. */
  brokenRequests: string[];
  /** Same-origin links and their targets, for the link check. */
  links: string[];
  axe: {light: AxeViolation[]; dark: AxeViolation[]};
}

const SERIOUS = new Set(['serious', 'critical']);

const ALL_RULES = {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']};
/**
 * What a second colour mode can change: colours, and which themed image is shown.
 * Structure, names and roles are the same in both modes and are checked once.
 */
const COLOUR_RULES = {type: 'rule', values: ['color-contrast', 'link-in-text-block', 'image-alt', 'svg-img-alt']};

export async function runAxe(page: Page, scope: 'all' | 'colour' = 'all'): Promise<AxeViolation[]> {
  // evaluate() is not subject to the page's CSP, unlike an injected <script>.
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  const runOnly = JSON.stringify(scope === 'all' ? ALL_RULES : COLOUR_RULES);
  const result = (await page.evaluate(`axe.run(document, {
      runOnly: ${runOnly},
      resultTypes: ['violations'],
    })`)) as {violations: {id: string; impact: string | null; help: string; nodes: {target: string[]}[]}[]};
  return result.violations
    .filter((v) => SERIOUS.has(v.impact ?? ''))
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}

export async function setColorMode(page: Page, mode: 'light' | 'dark'): Promise<void> {
  // Colour transitions would let axe measure contrast halfway between two themes.
  const current = await page.evaluate(`(() => {
    if (!document.getElementById('kb-audit-no-transitions')) {
      const style = document.createElement('style');
      style.id = 'kb-audit-no-transitions';
      style.textContent = '*, *::before, *::after { transition: none !important; }';
      document.head.append(style);
    }
    return document.documentElement.getAttribute('data-theme');
  })()`);
  // Already showing that mode (a page opens in light): nothing to switch and no frame to wait for.
  if (current === mode) return;
  // Use the site's own toggle where there is one, so React re-renders theme-dependent
  // parts (such as the logo) exactly as for a reader; plain fixtures get the attribute.
  const toggle = page.locator('button[class*="toggleButton"]:not([disabled])').first();
  if ((await toggle.count()) > 0) {
    for (let i = 0; i < 3; i++) {
      if ((await page.getAttribute('html', 'data-theme')) === mode) break;
      // A DOM click, not page.click(): no actionability or navigation waits to time out on a busy machine.
      await toggle.evaluate((b) => (b as HTMLButtonElement).click());
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    }
  }
  if ((await page.getAttribute('html', 'data-theme')) !== mode) {
    await page.evaluate((m) => document.documentElement.setAttribute('data-theme', m), mode);
  }
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
}

export type ColorMode = 'light' | 'dark';

function emptyReport(url: string): PageReport {
  return {
    url,
    status: null,
    h1Count: 0,
    lang: null,
    consoleErrors: [],
    externalRequests: [],
    brokenRequests: [],
    links: [],
    axe: {light: [], dark: []},
  };
}

/**
 * One browser tab that audits page after page. Each tab has a context of its own:
 * tabs sharing an origin's localStorage pass colour-mode changes to each other through
 * storage events, and tabs toggling light and dark at the same time kept flipping each
 * other without end. Reusing the tab spares a new window per page (about a second each).
 */
class AuditTab {
  private report: PageReport = emptyReport('about:blank');

  private constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
  ) {}

  static async open(browser: Browser): Promise<AuditTab> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const tab = new AuditTab(context, page);
    await page.route('**/*', (route) => {
      const target = route.request().url();
      if (target.startsWith('data:') || target.startsWith(tab.origin + '/')) return route.continue();
      tab.report.externalRequests.push(target);
      return route.abort('blockedbyclient');
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') tab.report.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => tab.report.consoleErrors.push(`pageerror: ${err.message}`));
    page.on('response', (res) => {
      if (res.url().startsWith(tab.origin) && res.status() >= 400 && res.url() !== tab.report.url) {
        tab.report.brokenRequests.push(`${res.status()} ${res.url()}`);
      }
    });
    page.on('requestfailed', (req) => {
      const error = req.failure()?.errorText;
      // ERR_ABORTED is the browser giving up a request itself, such as a prefetch of a
      // chunk for a link in view; a file that is really missing answers 404 (above).
      if (req.url().startsWith(tab.origin) && error !== 'net::ERR_ABORTED') {
        tab.report.brokenRequests.push(`failed ${req.url()}: ${error}`);
      }
    });
    return tab;
  }

  private get origin(): string {
    return this.report.url === 'about:blank' ? 'about:' : new URL(this.report.url).origin;
  }

  async audit(url: string, modes: readonly ColorMode[]): Promise<PageReport> {
    const report = emptyReport(url);
    this.report = report;
    const {page} = this;
    try {
      const response = await page.goto(url, {waitUntil: 'load'});
      report.status = response?.status() ?? null;
      // Hydration happens after load; errors in it must count too.
      await page.waitForFunction('document.readyState === "complete"');
      await page.waitForTimeout(100);
      // One round trip for the page facts: on a busy machine each evaluate costs tens of milliseconds.
      const facts = await page.evaluate(
        (o) => ({
          h1Count: document.querySelectorAll('h1').length,
          lang: document.documentElement.getAttribute('lang'),
          links: Array.from(document.querySelectorAll('a[href]'))
            .map((a) => (a as HTMLAnchorElement).href)
            .filter((h) => h.startsWith(o + '/'))
            .map((h) => h.split('#')[0]!),
        }),
        new URL(url).origin,
      );
      report.h1Count = facts.h1Count;
      report.lang = facts.lang;
      report.links = facts.links;
      for (const [i, mode] of modes.entries()) {
        await setColorMode(page, mode);
        report.axe[mode] = await runAxe(page, i === 0 ? 'all' : 'colour');
      }
    } finally {
      // Detach the report first: leaving the page aborts its pending prefetches, and
      // those aborts are ours, not the site's. Then leave, so nothing lands in the next report.
      this.report = emptyReport('about:blank');
      await page.goto('about:blank').catch(() => undefined);
    }
    report.links = [...new Set(report.links)];
    return report;
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

/** A fixed number of tabs shared by concurrent tests; audit() waits for a free one. */
export class AuditPool {
  private readonly waiting: ((tab: AuditTab) => void)[] = [];

  private constructor(
    private readonly free: AuditTab[],
    private readonly all: AuditTab[],
  ) {}

  static async open(browser: Browser, size: number): Promise<AuditPool> {
    const tabs = await Promise.all(Array.from({length: size}, () => AuditTab.open(browser)));
    return new AuditPool([...tabs], tabs);
  }

  async audit(url: string, modes: readonly ColorMode[] = ['light', 'dark']): Promise<PageReport> {
    const tab = this.free.pop() ?? (await new Promise<AuditTab>((resolve) => this.waiting.push(resolve)));
    try {
      return await tab.audit(url, modes);
    } finally {
      const next = this.waiting.shift();
      if (next) next(tab);
      else this.free.push(tab);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((t) => t.close()));
  }
}

/** Audits one page in a fresh tab of its own. */
export async function auditPage(
  browser: Browser,
  url: string,
  modes: readonly ColorMode[] = ['light', 'dark'],
): Promise<PageReport> {
  const tab = await AuditTab.open(browser);
  try {
    return await tab.audit(url, modes);
  } finally {
    await tab.close();
  }
}

/** Human-readable list of what is wrong, empty when the page is fine. */
export function problemsOf(report: PageReport, expectedLang: string): string[] {
  const problems: string[] = [];
  if (report.status !== 200) problems.push(`status ${report.status}`);
  if (report.h1Count !== 1) problems.push(`${report.h1Count} h1-koppen (verwacht: precies 1)`);
  if (report.lang !== expectedLang) problems.push(`lang="${report.lang}" (verwacht: "${expectedLang}")`);
  for (const e of report.consoleErrors) problems.push(`consolefout: ${e}`);
  for (const r of report.externalRequests) problems.push(`verzoek naar andere host: ${r}`);
  for (const r of report.brokenRequests) problems.push(`kapot verzoek: ${r}`);
  for (const mode of ['light', 'dark'] as const) {
    for (const v of report.axe[mode]) {
      problems.push(`axe (${mode}) ${v.impact} ${v.id}: ${v.help} — ${v.targets.join(', ')}`);
    }
  }
  return problems;
}

/** Fetches each same-origin link once; returns those that do not answer 200. */
export async function brokenLinks(links: Iterable<string>): Promise<string[]> {
  const broken: string[] = [];
  for (const link of new Set(links)) {
    const res = await fetch(link, {redirect: 'manual'});
    if (res.status !== 200) broken.push(`${res.status} ${link}`);
  }
  return broken;
}
