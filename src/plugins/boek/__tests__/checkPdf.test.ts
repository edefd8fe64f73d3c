import {PDFDocument, StandardFonts} from 'pdf-lib';
import {describe, expect, it} from 'vitest';
import {checkPdf} from '../server/checkPdf';

describe('checkPdf', () => {
  it('reports everything an untagged PDF lacks', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    page.drawText('Ongetagde tekst', {font: await doc.embedFont(StandardFonts.Helvetica)});
    const findings = await checkPdf(await doc.save(), {lang: 'nl'});
    expect(findings.map((f) => f.rule).sort()).toEqual(
      ['artefact', 'bladwijzers', 'getagd', 'lettertype', 'structuur', 'taal', 'titel', 'titel-tonen', 'xmp'].sort(),
    );
    expect(findings.find((f) => f.rule === 'lettertype')!.message).toContain('Helvetica');
  });

  it('names a wrong language', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.setLanguage('en');
    doc.setTitle('Titel', {showInWindowTitleBar: true});
    const findings = await checkPdf(await doc.save(), {lang: 'nl'});
    expect(findings.find((f) => f.rule === 'taal')?.message).toContain('"en", verwacht "nl"');
    expect(findings.some((f) => f.rule === 'titel' || f.rule === 'titel-tonen')).toBe(false);
  });
});
