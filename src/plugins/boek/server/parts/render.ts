/**
 * The book's fixed pages are React components, rendered to static HTML at
 * build time like the site's pages (React escapes every text and attribute).
 * Written with createElement rather than JSX: Docusaurus loads plugins with
 * jiti 1, which does not compile JSX.
 */
import {createElement, type ReactElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';

export const h = createElement;

/** HTML of a component, without React's hydration markers. */
export function markup(element: ReactElement): string {
  return renderToStaticMarkup(element);
}
