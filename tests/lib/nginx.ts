/**
 * A real nginx serving a build with deploy/nginx.conf and its include deploy/redirects.conf, as an
 * organisation would run it: the conf files are copied unchanged into a temporary prefix, except
 * that /var/www/kennisbank/ becomes the build folder. They sit in a minimal
 * `http { server { listen 127.0.0.1:<free port>; include kennisbank/nginx.conf; } }` with temporary
 * pid, log and temp paths, in one process (no daemon, no workers), so nothing needs root.
 *
 * nginx is not on a fresh machine: .ci/run installs it. Without it the tests fail and say how to
 * install it; they never skip.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const DEPLOY_DIR = path.resolve(__dirname, '../../deploy');
/** Where deploy/nginx.conf expects the build. */
export const WWW = '/var/www/kennisbank/';

const MISSING =
  'nginx ontbreekt. Deze test draait de echte server met deploy/nginx.conf en wordt nooit overgeslagen. ' +
  'Installeer nginx (Debian/Ubuntu: sudo apt-get install nginx; .ci/run doet dat in CI) of zet NGINX_PATH op het programma.';

/** nginx is often in /usr/sbin, which is not on every user's PATH. */
const searchPath = () => [process.env.PATH ?? '', '/usr/sbin', '/usr/local/sbin'].join(path.delimiter);

/** The nginx program: NGINX_PATH, or "nginx" on the PATH (with the sbin folders). */
export function nginxProgram(): string {
  const program = process.env.NGINX_PATH || 'nginx';
  const probe = spawnSync(program, ['-v'], {env: {...process.env, PATH: searchPath()}, encoding: 'utf8'});
  if (probe.error || probe.status !== 0) throw new Error(MISSING);
  return program;
}

/** "nginx/1.22.1", for reports. */
export function nginxVersion(): string {
  const probe = spawnSync(nginxProgram(), ['-v'], {env: {...process.env, PATH: searchPath()}, encoding: 'utf8'});
  return (probe.stderr || probe.stdout).trim().replace(/^nginx version:\s*/, '');
}

/** nginx's own mime.types (the site's .js must be served as JavaScript: the conf says nosniff). */
function mimeTypes(): string {
  const candidates = [process.env.NGINX_MIME_TYPES, '/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types'];
  const found = candidates.find((f): f is string => !!f && fs.existsSync(f));
  if (!found)
    throw new Error(
      `mime.types van nginx niet gevonden (gezocht: ${candidates.filter(Boolean).join(', ')}). ${MISSING}`,
    );
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const {port} = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface NginxServer {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  /** The temporary prefix (conf/, logs). */
  prefix: string;
  close(): Promise<void>;
}

export interface NginxOptions {
  /** The build to serve in place of /var/www/kennisbank/. */
  buildDir: string;
  /** Extra rules appended to deploy/redirects.conf (a test's planted redirects). */
  extraRedirects?: string;
}

/** The main conf around deploy/nginx.conf. */
export function wrapperConf(prefix: string, port: number): string {
  return `daemon off;
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
events {
    worker_connections 256;
}
http {
    include ${mimeTypes()};
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${prefix}/tmp/body;
    proxy_temp_path ${prefix}/tmp/proxy;
    fastcgi_temp_path ${prefix}/tmp/fastcgi;
    uwsgi_temp_path ${prefix}/tmp/uwsgi;
    scgi_temp_path ${prefix}/tmp/scgi;
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        include kennisbank/nginx.conf;
    }
}
`;
}

export async function startNginx({buildDir, extraRedirects = ''}: NginxOptions): Promise<NginxServer> {
  const program = nginxProgram();
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-nginx-'));
  const confDir = path.join(prefix, 'conf');
  fs.mkdirSync(path.join(confDir, 'kennisbank'), {recursive: true});
  fs.mkdirSync(path.join(prefix, 'tmp'));
  const build = path.resolve(buildDir).replace(/\/?$/, '/');
  const site = fs.readFileSync(path.join(DEPLOY_DIR, 'nginx.conf'), 'utf8');
  if (!site.includes(WWW)) throw new Error(`deploy/nginx.conf noemt ${WWW} niet meer; pas tests/lib/nginx.ts aan.`);
  fs.writeFileSync(path.join(confDir, 'kennisbank/nginx.conf'), site.replaceAll(WWW, build));
  fs.writeFileSync(
    path.join(confDir, 'kennisbank/redirects.conf'),
    fs.readFileSync(path.join(DEPLOY_DIR, 'redirects.conf'), 'utf8') + extraRedirects,
  );
  const errorLog = path.join(prefix, 'error.log');

  // A free port can be taken between asking and listening (other tests run beside us): try again then.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    fs.writeFileSync(path.join(confDir, 'nginx.conf'), wrapperConf(prefix, port));
    const child: ChildProcess = spawn(
      program,
      ['-p', `${prefix}/`, '-c', path.join(confDir, 'nginx.conf'), '-e', errorLog],
      {
        env: {...process.env, PATH: searchPath()},
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    let exited = false;
    child.once('exit', () => (exited = true));
    const deadline = Date.now() + 15_000;
    while (!exited && Date.now() < deadline && !(await accepting(port))) {
      await new Promise((r) => setTimeout(r, 50));
    }
    if (!exited && (await accepting(port))) {
      return {
        origin: `http://127.0.0.1:${port}`,
        prefix,
        close: async () => {
          if (!exited) {
            const gone = new Promise((r) => child.once('exit', r));
            child.kill('SIGTERM');
            await gone;
          }
          fs.rmSync(prefix, {recursive: true, force: true});
        },
      };
    }
    if (!exited) child.kill('SIGKILL');
    const log = fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8') : '';
    if (attempt < 3 && /Address already in use/.test(stderr + log)) continue;
    fs.rmSync(prefix, {recursive: true, force: true});
    throw new Error(`nginx startte niet met deploy/nginx.conf:\n${stderr}${log}`);
  }
}
