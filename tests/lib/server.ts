/**
 * Serves a production build on 127.0.0.1 the way deploy/nginx.conf does:
 * under the base URL, `page` → page.html, 404.html for misses, gzip for text,
 * and the same security headers per location (so the CSP is exercised by every browser test:
 * the site's pages get the site's policy, the web editor under beheer/ its own).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type {AddressInfo} from 'node:net';
import compression from 'compression';
import sirv from 'sirv';
import {nginxHeadersFor} from './csp';

const NGINX_TYPES: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface StaticServer {
  origin: string;
  /** origin + baseUrl without trailing slash */
  root: string;
  close(): Promise<void>;
}

/** Fixed headers for every response, or per path below the base URL (default: deploy/nginx.conf's locations). */
export type HeaderSource = Record<string, string> | ((pathBelowBase: string) => Record<string, string>);

export interface ServeOptions {
  /**
   * Answers a request before the static files (the path is below the base URL, headers already set);
   * returns false to pass it on. The web-editor test puts its local backend behind this.
   */
  handle?: (req: http.IncomingMessage, res: http.ServerResponse, pathBelowBase: string) => boolean;
}

export async function serveBuild(
  dir: string,
  baseUrl = '/',
  headers: HeaderSource = nginxHeadersFor(),
  options: ServeOptions = {},
): Promise<StaticServer> {
  const headersFor = typeof headers === 'function' ? headers : () => headers;
  const assets = sirv(dir, {
    extensions: ['html'],
    dev: false,
    etag: true,
    // nginx's stock mime.types knows .docx; sirv's table does not (it would send an empty type).
    setHeaders(res, pathname) {
      const type = NGINX_TYPES[path.extname(pathname)];
      if (type) res.setHeader('Content-Type', type);
    },
  });
  // nginx's `gzip on`: Lighthouse and byte counts should see what a reader's browser receives.
  const gzip = compression();
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(baseUrl) && url + '/' !== baseUrl) {
      res.writeHead(404).end('outside base url');
      return;
    }
    req.url = '/' + url.slice(baseUrl.length);
    const below = req.url.slice(1).split('?')[0]!;
    for (const [k, v] of Object.entries(headersFor(below))) res.setHeader(k, v);
    if (options.handle?.(req, res, below)) return;
    gzip(req as never, res as never, () =>
      assets(req, res, () => {
        // Same as nginx's error_page: the site's own 404 page with status 404.
        const notFound = path.join(dir, '404.html');
        res.writeHead(404, {'Content-Type': 'text/html; charset=utf-8'});
        res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'not found');
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    root: origin + baseUrl.replace(/\/$/, ''),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
