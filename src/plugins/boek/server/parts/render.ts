/**
 * The book's fixed pages are React components, rendered to static HTML at
 * build time like the site's pages (React escapes every text and attribute).
 * Written with createElement rather than JSX: Docusaurus loads plugins with
 * jiti 1, which does not compile JSX.
 */
import {createRequire} from 'node:module';
import path from 'node:path';
import {createElement, type ReactElement} from 'react';

export const h = createElement;

type Server = {renderToStaticMarkup(element: ReactElement): string};

/**
 * react-dom's server renderer in the same build (development or production) as the React this
 * process already loaded. The Docusaurus CLI loads React's development build before `docusaurus
 * build` sets NODE_ENV=production; `require('react-dom/server')` would then pick the production
 * renderer, which does not work with the development React ("dispatcher.getOwner is not a
 * function"). A development build only defines its exports while NODE_ENV is not "production", so
 * NODE_ENV says the same as React's build while the renderer loads.
 */
function reactDomServer(): Server {
  const req = createRequire(__filename);
  const reactDir = path.dirname(req.resolve('react/package.json'));
  const build = req.cache[path.join(reactDir, 'cjs', 'react.development.js')] ? 'development' : 'production';
  const domDir = path.dirname(req.resolve('react-dom/package.json'));
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = build;
  try {
    // By file: react-dom's package exports do not list its builds.
    return req(path.join(domDir, 'cjs', `react-dom-server-legacy.node.${build}.js`)) as Server;
  } finally {
    if (env === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = env;
  }
}

let server: Server | undefined;

/** HTML of a component, without React's hydration markers. */
export function markup(element: ReactElement): string {
  server ??= reactDomServer();
  return server.renderToStaticMarkup(element);
}
