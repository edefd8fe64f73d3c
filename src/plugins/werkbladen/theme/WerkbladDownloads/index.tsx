import React from 'react';
import Link from '@docusaurus/Link';
import {formatBytes, type Bestand} from '@site/src/plugins/werkbladen/shared/model';

export interface Props {
  info: {id: string; pdf: Bestand; docx: Bestand};
  /** Short labels, for lists. */
  compact?: boolean;
}

/** Both files of a worksheet with type and size. pathname:// keeps the base URL but skips the router: these are files, not pages. */
export default function WerkbladDownloads({info, compact = false}: Props): React.ReactNode {
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
