/**
 * Ejected from @docusaurus/theme-classic (Navbar/Search) for one reason: on phones the
 * original floats the search button over the bar (position: absolute), where the site
 * title ran under it. Here it takes its own place in the row, so the title makes room.
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';
import type {Props} from '@theme/Navbar/Search';
import styles from './styles.module.css';

export default function NavbarSearch({children, className}: Props): ReactNode {
  return <div className={clsx(className, styles.navbarSearchContainer)}>{children}</div>;
}
