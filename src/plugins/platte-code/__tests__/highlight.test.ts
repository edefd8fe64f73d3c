import path from 'node:path';
import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import {Highlight, plainTokens} from '../client/highlight';
import platteCodePlugin from '../index';
import {DEFAULT_OPTIONS} from '../options';

describe('platte-code', () => {
  it('splits code into one plain token per line and keeps empty lines', () => {
    expect(plainTokens('a = 1\n\nb <c>\n')).toEqual([
      [{types: ['plain'], content: 'a = 1'}],
      [{types: ['plain'], content: '\n', empty: true}],
      [{types: ['plain'], content: 'b <c>'}],
    ]);
  });

  it('renders like prism-react-renderer’s Highlight, text escaped, never as HTML', () => {
    // Built the way theme-classic's CodeBlock uses the render prop (no JSX: tests run without a JSX transform).
    const h = React.createElement;
    const html = renderToStaticMarkup(
      h(Highlight, {
        code: '<script>x</script>\ny',
        language: 'html',
        children: ({className, tokens, getLineProps, getTokenProps}) =>
          h(
            'pre',
            {className},
            tokens.map((line, i) =>
              h(
                'div',
                {key: i, ...getLineProps({line})},
                line.map((token, k) => {
                  const {children, ...rest} = getTokenProps({token});
                  return h('span', {key: k, ...rest}, children);
                }),
              ),
            ),
          ),
      }),
    );
    expect(html).toBe(
      '<pre class="prism-code language-html"><div class="token-line"><span class="token plain">&lt;script&gt;x&lt;/script&gt;</span></div>' +
        '<div class="token-line"><span class="token plain">y</span></div></pre>',
    );
  });

  it('aliases prism-react-renderer, exactly, to the stub for webpack', () => {
    const plugin = platteCodePlugin({} as LoadContext, DEFAULT_OPTIONS);
    const config = (plugin.configureWebpack as () => {resolve: {alias: Record<string, string>}})();
    expect(config.resolve.alias).toEqual({'prism-react-renderer$': path.resolve(__dirname, '../client/highlight.tsx')});
  });
});
