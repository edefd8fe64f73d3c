/** One link to the zip with every worksheet (PDF and Word) of the current edition, with its size. */
import React from 'react';
import Link from '@docusaurus/Link';
import {usePluginData} from '@docusaurus/useGlobalData';
import {formatBytes} from '../../../werkbladen/types';
import type {BoekGlobalData} from '../../shared/types';

export default function WerkbladenZip(): React.ReactNode {
  const {werkbladenZip} = usePluginData('boek') as BoekGlobalData;
  if (!werkbladenZip) return null;
  return (
    <p>
      <Link href={`pathname://${werkbladenZip.path}`} type="application/zip" download>
        Download alle werkbladen in één zip-bestand
      </Link>{' '}
      (PDF en Word, {formatBytes(werkbladenZip.bytes)})
    </p>
  );
}
