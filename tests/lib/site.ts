/**
 * The built site as the browser tests see it: BUILD_DIR served under BASE_URL
 * (build/ at "/" by default; `npm run test:baseurl` sets BUILD_DIR and TEST_BASE_URL) and one Chromium
 * per test file.
 */
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll} from 'vitest';
import {launchBrowser} from './browser';
import {serveBuild, type StaticServer} from './server';

export const BUILD_DIR = path.resolve(process.env.BUILD_DIR ?? 'build');
/** Not BASE_URL: Vitest sets process.env.BASE_URL to Vite's own base, "/". */
export const BASE_URL = process.env.TEST_BASE_URL ?? '/';

export interface BuiltSite {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/** Serves the build and starts Chromium before the file's tests, and stops both after them. */
export function useBuiltSite(dir = BUILD_DIR, baseUrl = BASE_URL): BuiltSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveBuild(dir, baseUrl);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`${what} is er nog niet: gebruik het binnen een test of een latere beforeAll`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'de testserver');
    },
    get browser() {
      return ready(browser, 'de browser');
    },
  };
}
