/**
 * A code block as plain lines, in place of theme-classic's CodeBlock: its copy and wrap buttons,
 * line numbers and magic comments were 6.8 KiB gzip of JavaScript (and their CSS) on every docs
 * page, because MDXComponents imports it whether a page has code or not. The content has no
 * code (src/plugins/platte-code already leaves highlighting out); a contribution that does keep
 * one still shows its text, its title and its language class, and can be scrolled by keyboard.
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';
import type {Props} from '@theme/CodeBlock';
import styles from './styles.module.css';

/** `title="…"` from a fence's meta string, as theme-classic reads it. */
export function titleOf(metastring: string | undefined): string | undefined {
  return /title=(["'])(.*?)\1/.exec(metastring ?? '')?.[2];
}

export default function CodeBlock({children, className, metastring, title, language}: Props): ReactNode {
  const lang = language ?? /language-(\S+)/.exec(className ?? '')?.[1];
  const heading = title ?? titleOf(metastring);
  const code = Array.isArray(children) && children.every((c) => typeof c === 'string') ? children.join('') : children;
  return (
    <div className={clsx('theme-code-block', styles.block, className, lang && `language-${lang}`)}>
      {heading && <div className={styles.title}>{heading}</div>}
      {/* Focusable: a long line scrolls sideways, and a keyboard must be able to scroll it. */}
      <pre tabIndex={0} className={styles.pre}>
        <code>{typeof code === 'string' ? code.replace(/\n$/, '') : code}</code>
      </pre>
    </div>
  );
}
