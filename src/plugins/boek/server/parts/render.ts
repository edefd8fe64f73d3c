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
 * process already loaded. The Docusaurus CLI loads React before `docusaurus build` sets
 * NODE_ENV=production, so `require('react-dom/server')` would pick the production renderer for the
 * development React, and the two do not work together ("dispatcher.getOwner is not a function").
 */
function reactDomServer(): Server {
  const req = createRequire(__filename);
  const reactDir = path.dirname(req.resolve('react/package.json'));
  const development = req.cache[path.join(reactDir, 'cjs', 'react.development.js')] !== undefined;
  const domDir = path.dirname(req.resolve('react-dom/package.json'));
  // By file: react-dom's package exports do not list its builds.
  return req(
    path.join(domDir, 'cjs', `react-dom-server-legacy.node.${development ? 'development' : 'production'}.js`),
  ) as Server;
}

let server: Server | undefined;

/** HTML of a component, without React's hydration markers. */
export function markup(element: ReactElement): string {
  server ??= reactDomServer();
  return server.renderToStaticMarkup(element);
}
