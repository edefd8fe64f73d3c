import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
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
        {compact ? (
          <Translate
            id="werkbladen.download.pdf.kort"
            description="Worksheet download link, short form in lists: the PDF">
            PDF
          </Translate>
        ) : (
          <Translate id="werkbladen.download.pdf" description="Worksheet download link: the PDF with form fields">
            Invulbare PDF
          </Translate>
        )}
        <span className="werkblad-bestand">
          {' '}
          <Translate
            id="werkbladen.download.pdf.bestand"
            description="Worksheet download link: file type and size, e.g. (PDF, 53 kB)"
            values={{grootte: formatBytes(info.pdf.bytes)}}>
            {'(PDF, {grootte})'}
          </Translate>
        </span>
      </Link>
      {compact ? ' · ' : ' '}
      <Link href={`pathname://${info.docx.path}`} download={`${info.id}.docx`}>
        {compact ? (
          <Translate
            id="werkbladen.download.docx.kort"
            description="Worksheet download link, short form in lists: the Word file">
            Word
          </Translate>
        ) : (
          <Translate id="werkbladen.download.docx" description="Worksheet download link: the Word file">
            Bewerkbaar in Word
          </Translate>
        )}
        <span className="werkblad-bestand">
          {' '}
          <Translate
            id="werkbladen.download.docx.bestand"
            description="Worksheet download link: file type and size, e.g. (DOCX, 41 kB)"
            values={{grootte: formatBytes(info.docx.bytes)}}>
            {'(DOCX, {grootte})'}
          </Translate>
        </span>
      </Link>
    </>
  );
}
