/**
 * Stands in for prism-react-renderer in the browser and server bundles (see ../index.ts).
 * Same API as far as Docusaurus's CodeBlock uses it: one plain token per line,
 * colours from the site's CSS instead of a Prism theme.
 */
import type React from 'react';

export interface Token {
  types: string[];
  content: string;
  empty?: boolean;
}

interface RenderProps {
  tokens: Token[][];
  className: string;
  style: React.CSSProperties;
  getLineProps: (input: {line: Token[]; className?: string; style?: React.CSSProperties}) => {
    className: string;
    style?: React.CSSProperties;
  };
  getTokenProps: (input: {token: Token; className?: string; style?: React.CSSProperties}) => {
    className: string;
    style?: React.CSSProperties;
    children: string;
  };
}

export interface HighlightProps {
  code: string;
  language?: string;
  theme?: unknown;
  children: (props: RenderProps) => React.ReactNode;
}

/** Lines of a code block, each one token; an empty line keeps a token so it keeps its height. */
export function plainTokens(code: string): Token[][] {
  return code
    .replace(/\n$/, '')
    .split('\n')
    .map((content) => [content ? {types: ['plain'], content} : {types: ['plain'], content: '\n', empty: true}]);
}

export function Highlight({code, language, children}: HighlightProps): React.ReactNode {
  return children({
    tokens: plainTokens(code),
    className: `prism-code language-${language ?? 'text'}`,
    style: {},
    getLineProps: ({className, style}) => ({className: ['token-line', className].filter(Boolean).join(' '), style}),
    getTokenProps: ({token, className, style}) => ({
      className: ['token', ...token.types, className].filter(Boolean).join(' '),
      style,
      children: token.content,
    }),
  });
}

/** What theme-classic's prism-include-languages hands to additional languages: nothing to extend. */
export const Prism = {languages: {} as Record<string, unknown>, hooks: {add() {}}};

export const themes = {};
