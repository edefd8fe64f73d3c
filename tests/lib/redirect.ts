/**
 * Following an address the way a reader's browser does, and reporting what a redirect test needs:
 * every response on the way (status and address), where the reader lands (with the anchor), which
 * element the anchor points at, and whether the page's Content-Security-Policy blocked anything.
 */
import type {Browser, Page, Response} from 'playwright-core';

export interface Journey {
  /** Each response of the navigation, first to last: [{status: 301, url: …}, {status: 200, url: …}]. */
  chain: {status: number; url: string}[];
  /** The address the reader ends on, anchor included. */
  finalUrl: string;
  /** The id of the element the address's anchor points at (CSS :target), if any. */
  target: string | null;
  /** Blocked by the Content-Security-Policy (securitypolicyviolation events and console reports). */
  cspViolations: string[];
}

function chainOf(response: Response | null): {status: number; url: string}[] {
  if (!response) return [];
  const chain: {status: number; url: string}[] = [{status: response.status(), url: response.url()}];
  for (let req = response.request().redirectedFrom(); req; req = req.redirectedFrom()) {
    chain.unshift({status: 301, url: req.url()});
  }
  return chain;
}

/**
 * Opens `url` and, when the page moves on by itself (a script or a refresh), waits until it lands on
 * an address that matches `landsOn`. The chain then holds the documents of every step.
 */
export async function follow(
  browser: Browser,
  url: string,
  landsOn?: RegExp,
  options: {javaScriptEnabled?: boolean} = {},
): Promise<Journey> {
  const context = await browser.newContext({javaScriptEnabled: options.javaScriptEnabled ?? true});
  const page: Page = await context.newPage();
  const cspViolations: string[] = [];
  const chain: {status: number; url: string}[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await page.exposeFunction('__kbCsp', (s: string) => cspViolations.push(s));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as {__kbCsp: (s: string) => void}).__kbCsp(
        `${e.violatedDirective}: ${e.blockedURI || 'inline'}`,
      ),
    );
  });
  // Every document response of the main frame, redirects included.
  page.on('response', (r) => {
    if (r.request().isNavigationRequest() && r.frame() === page.mainFrame()) {
      const status = r.status();
      chain.push({status, url: r.url()});
    }
  });
  try {
    const first = await page.goto(url, {waitUntil: 'load'});
    if (landsOn && !landsOn.test(page.url())) await page.waitForURL(landsOn, {timeout: 15_000, waitUntil: 'load'});
    // Redirect responses are not always reported as responses; rebuild them from the request chain.
    const seen = chain.length ? chain : chainOf(first);
    const target = await page.evaluate(() => document.querySelector(':target')?.id ?? null);
    return {chain: seen, finalUrl: page.url(), target, cspViolations};
  } finally {
    await context.close();
  }
}
