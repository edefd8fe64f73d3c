/**
 * See ../index.ts. Docusaurus sets window.docusaurus (its prefetch and preload) after the client
 * modules have run and before the first render: this module catches that assignment and
 * puts a copy there whose viewport prefetch (what <Link> calls) does nothing, and preloads a link's page
 * when it gets keyboard focus. (A route lifecycle came too late: the links' observers had
 * already fired.)
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import siteConfig from '@generated/docusaurus.config';
import {internalRoute} from './route';

interface DocusaurusGlobal {
  prefetch: (path: string) => unknown;
  preload: (path: string) => unknown;
}

/** Docusaurus's object is frozen: a copy with prefetch doing nothing, and the focus listener. */
function install(docusaurus: DocusaurusGlobal): DocusaurusGlobal {
  document.addEventListener('focusin', (event) => {
    const anchor = event.target instanceof Element ? event.target.closest('a') : null;
    const route = anchor ? internalRoute(anchor, window.location, siteConfig.baseUrl) : undefined;
    // preload() loads each route once; a path that is no route is ignored by it.
    if (route && route !== window.location.pathname) docusaurus.preload(route);
  });
  return {...docusaurus, prefetch: () => false};
}

if (ExecutionEnvironment.canUseDOM) {
  const existing = (window as unknown as {docusaurus?: DocusaurusGlobal}).docusaurus;
  let value = existing && install(existing);
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    get: () => value,
    set: (v: DocusaurusGlobal) => {
      value = install(v);
    },
  });
}
