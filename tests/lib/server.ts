/**
 * Serves a production build on 127.0.0.1 the way deploy/nginx.conf does:
 * under the base URL, `page` → page.html, 404.html for misses, gzip for text,
 * and the same security headers (so the CSP is exercised by every browser test).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type {AddressInfo} from 'node:net';
import compression from 'compression';
import sirv from 'sirv';
import {readNginxHeaders} from './csp';

const NGINX_TYPES: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface StaticServer {
  origin: string;
  /** origin + baseUrl without trailing slash */
  root: string;
  close(): Promise<void>;
}

export async function serveBuild(dir: string, baseUrl = '/', headers = readNginxHeaders()): Promise<StaticServer> {
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
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
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
