import React from 'react';
import Link from '@docusaurus/Link';
import {formatBytes, type WerkbladInfo} from '@site/src/plugins/werkbladen/types';

/** pathname:// keeps the base URL but skips the router: these are files, not pages. */
export function DownloadLinks({info, compact = false}: {info: WerkbladInfo; compact?: boolean}): React.ReactNode {
  return (
    <>
      <Link href={`pathname://${info.pdf.path}`} download={`${info.id}.pdf`}>
        {compact ? 'PDF' : 'Invulbare PDF'}
        <span className="werkblad-bestand"> (PDF, {formatBytes(info.pdf.bytes)})</span>
      </Link>
      {compact ? ' · ' : ' '}
      <Link href={`pathname://${info.docx.path}`} download={`${info.id}.docx`}>
        {compact ? 'Word' : 'Bewerkbaar in Word'}
        <span className="werkblad-bestand"> (DOCX, {formatBytes(info.docx.bytes)})</span>
      </Link>
    </>
  );
}
