/** All worksheets of an edition in one zip (PDF and Word), from the werkbladen plugin's files in memory. Pure. */
import JSZip from 'jszip';
import type {WerkbladInfo} from '../shared/model';

export interface WerkbladFiles {
  info: WerkbladInfo;
  pdf: Uint8Array;
  docx: Uint8Array;
}

/** A fixed date inside the zip: the same worksheets give the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2024, 0, 1));

export async function createWerkbladenZip(
  werkbladen: readonly WerkbladFiles[],
  editionLabel: string,
): Promise<Uint8Array> {
  const zip = new JSZip();
  const lines = [
    `Werkbladen — ${editionLabel}`,
    '',
    'Elk werkblad staat hier twee keer: als invulbare PDF en als Word-bestand.',
    '',
    ...werkbladen.map((w) => `${w.info.id}: ${w.info.title}`),
    '',
  ];
  zip.file('LEESMIJ.txt', lines.join('\r\n'), {date: ZIP_DATE});
  // The folders too: JSZip would otherwise add them with the current time, and the bytes would differ per run.
  for (const dir of ['pdf/', 'word/']) zip.file(dir, null, {dir: true, date: ZIP_DATE});
  for (const w of [...werkbladen].sort((a, b) => a.info.id.localeCompare(b.info.id))) {
    zip.file(`pdf/${w.info.id}.pdf`, w.pdf, {date: ZIP_DATE});
    zip.file(`word/${w.info.id}.docx`, w.docx, {date: ZIP_DATE});
  }
  // PDF and DOCX are compressed already; deflating them again saves almost nothing.
  return zip.generateAsync({type: 'uint8array', compression: 'STORE'});
}
