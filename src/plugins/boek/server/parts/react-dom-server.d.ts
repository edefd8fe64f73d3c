// react-dom ships no types and @types/react-dom is not a dependency; the book needs only this.
declare module 'react-dom/server' {
  import type {ReactElement} from 'react';
  export function renderToStaticMarkup(element: ReactElement): string;
}
