/**
 * <details> in a page's content as the browser's own element, styled like theme-classic's,
 * without its JavaScript (1.3 KiB gzip on every docs page, for an opening animation): it opens
 * and closes by mouse, keyboard and screen reader with no script at all, and prints as is.
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';
import type {Props} from '@theme/Details';
import styles from './styles.module.css';

export default function Details({className, children, summary, ...props}: Props): ReactNode {
  return (
    <details {...props} className={clsx('alert alert--info', styles.details, className)}>
      {typeof summary === 'string' ? <summary>{summary}</summary> : summary}
      {children}
    </details>
  );
}
