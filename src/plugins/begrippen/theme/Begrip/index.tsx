/**
 * A term in running text (written as [[woord]] in markdown, see
 * src/plugins/begrippen/remark/index.ts). Without JavaScript it is a plain link to
 * the term's page. With JavaScript the short definition opens on hover, on
 * keyboard focus and on a first tap (a second tap follows the link); Escape
 * closes it. The definition is always the link's accessible description.
 */
import React, {useEffect, useId, useRef, useState} from 'react';
import Link from '@docusaurus/Link';
import useIsomorphicLayoutEffect from '@docusaurus/useIsomorphicLayoutEffect';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import styles from './styles.module.css';

export interface Props {
  /** Term page, e.g. "/begrippen/gezinshuisouder" (the remark plugin fills this in). */
  to: string;
  term: string;
  definitie: string;
  engels?: string;
  children: React.ReactNode;
}

export default function Begrip({to, term, definitie, engels, children}: Props): React.ReactNode {
  const [open, setOpen] = useState(false);
  const tooltipId = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const tooltip = useRef<HTMLSpanElement>(null);
  const pointer = useRef({type: '', wasOpen: false});
  const {i18n} = useDocusaurusContext();
  const showEnglish = Boolean(engels) && i18n.currentLocale !== 'nl';

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    const onPointerDown = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  // The explanation opens under the term, from its left edge; near the right edge of a narrow
  // window it moves left until it fits (16 px from the edge), before it is painted. Kept small:
  // this component is compiled into every page that marks a term.
  useIsomorphicLayoutEffect(() => {
    const el = tooltip.current;
    if (!open || !el) return;
    el.style.transform = '';
    const r = el.getBoundingClientRect();
    const over = Math.min(r.right - document.documentElement.clientWidth + 16, r.left - 16);
    if (over > 0) el.style.transform = `translateX(-${over}px)`;
  }, [open]);

  return (
    <span
      ref={wrapper}
      className={styles.begrip}
      onPointerEnter={(e) => e.pointerType === 'mouse' && setOpen(true)}
      onPointerLeave={(e) => e.pointerType === 'mouse' && setOpen(false)}>
      <Link
        to={to}
        className={styles.link}
        aria-describedby={tooltipId}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onPointerDown={(e) => {
          pointer.current = {type: e.pointerType, wasOpen: open};
        }}
        onClick={(e) => {
          // First tap shows the explanation; a second tap follows the link.
          if (pointer.current.type !== 'mouse' && pointer.current.type !== '' && !pointer.current.wasOpen) {
            e.preventDefault();
            setOpen(true);
          }
          pointer.current = {type: '', wasOpen: false};
        }}>
        {children}
      </Link>
      <span ref={tooltip} role="tooltip" id={tooltipId} className={styles.tooltip} hidden={!open}>
        <strong>{term}</strong>
        {showEnglish && (
          <>
            {' ('}
            <span lang="en">{engels}</span>
            {')'}
          </>
        )}
        {': '}
        {definitie}
      </span>
    </span>
  );
}
