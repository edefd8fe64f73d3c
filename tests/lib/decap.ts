/**
 * The web editor's local backend for tests: a temporary git repository with the
 * site's real content files, and decap-server (from node_modules, started with
 * this Node) serving it in git mode, as `npx decap-server` does for a
 * contributor. Saving in the editor's editorial workflow commits to a branch
 * cms/<collection>/<slug>, just as a pull request branch on GitHub.
 */
import {execFileSync, spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type {DecapConfig} from '../../src/plugins/beheer/server/config';
import {editorConfig} from '../../src/plugins/beheer/server/siteConfig';

export const SITE_DIR = path.resolve(__dirname, '../..');

/** What `npm run check` and the content pipeline read: content, data, static files, editions, pages. */
export const CONTENT_PATHS = [
  'blog',
  'docs',
  'templates',
  'versioned_docs',
  'versioned_sidebars',
  'versions.json',
  'src/data',
  'src/pages',
  'static',
  'i18n',
];

const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args],
    {cwd, encoding: 'utf8'},
  );

/** A git repository in the temp folder holding a copy of the site's content on branch main. */
export function contentRepo(siteDir = SITE_DIR): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beheer-repo-'));
  for (const p of CONTENT_PATHS) {
    if (fs.existsSync(path.join(siteDir, p))) fs.cpSync(path.join(siteDir, p), path.join(dir, p), {recursive: true});
  }
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'inhoud');
  return dir;
}

/** A file as it is on a branch of the repository. */
export const showFile = (repo: string, branch: string, file: string): string => git(repo, 'show', `${branch}:${file}`);
export const filesChanged = (repo: string, branch: string): string[] =>
  git(repo, 'diff', '--name-only', `main...${branch}`).split('\n').filter(Boolean);
export const branches = (repo: string): string[] =>
  git(repo, 'branch', '--format=%(refname:short)').split('\n').filter(Boolean);

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const {port} = srv.address() as net.AddressInfo;
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

export interface DecapServer {
  url: string;
  log(): string;
  stop(): Promise<void>;
}

/** Starts decap-server on 127.0.0.1 for repo and waits until it answers. */
export async function startDecapServer(repo: string): Promise<DecapServer> {
  const port = await freePort();
  const script = require.resolve('decap-server/dist/index.js');
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [script], {
    cwd: repo,
    env: {
      ...process.env,
      MODE: 'git',
      GIT_REPO_DIRECTORY: repo,
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}/api/v1`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: '{"action":"info"}',
      });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`decap-server startte niet:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    log: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

/** Passes a request on to decap-server (the test server puts it behind the editor's own origin). */
export function proxyTo(target: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  const upstream = http.request(
    target,
    {method: req.method, headers: {...req.headers, host: new URL(target).host}},
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    },
  );
  upstream.on('error', (e) => res.writeHead(502).end(String(e)));
  req.pipe(upstream);
}

/**
 * The editor's config as a build of siteDir would write it (src/plugins/beheer), with the
 * built config's site settings, and the local backend at localBackendUrl instead of GitHub.
 */
export function editorConfigFor(
  siteDir: string,
  built: DecapConfig,
  localBackendUrl: string,
  baseUrl: string,
): DecapConfig {
  return editorConfig(siteDir, {
    repoUrl: `https://github.com/${built.backend.repo}`,
    branch: built.backend.branch,
    siteUrl: built.site_url.slice(0, built.site_url.length - baseUrl.length),
    baseUrl,
    authUrl: built.backend.base_url,
    mediaFolder: built.media_folder,
    localBackend: {url: localBackendUrl},
  });
}
