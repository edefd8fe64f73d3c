import JSZip from 'jszip';
import {describe, expect, it, vi} from 'vitest';
import {createWerkbladenZip} from '../server/zip';

const sheet = (id: string) => ({
  info: {
    id,
    title: `Werkblad ${id}`,
    description: '',
    permalink: `/werkbladen/${id}`,
    fase: [],
    voor: [],
    pdf: {path: '', bytes: 3},
    docx: {path: '', bytes: 3},
  } as never,
  pdf: new Uint8Array([1, 2, 3]),
  docx: new Uint8Array([4, 5, 6]),
});

describe('createWerkbladenZip', () => {
  it('holds every worksheet as PDF and Word, with a readme, and the same input gives the same bytes', async () => {
    const a = await createWerkbladenZip([sheet('b'), sheet('a')], 'Editie 2024');
    const zip = await JSZip.loadAsync(a);
    expect(Object.keys(zip.files).filter((f) => !f.endsWith('/'))).toEqual([
      'LEESMIJ.txt',
      'pdf/a.pdf',
      'word/a.docx',
      'pdf/b.pdf',
      'word/b.docx',
    ]);
    expect(await zip.file('LEESMIJ.txt')!.async('string')).toContain('Werkbladen — Editie 2024');
    expect(await createWerkbladenZip([sheet('b'), sheet('a')], 'Editie 2024')).toEqual(a);
  });

  it('gives every entry, the folders too, the same fixed date, so the bytes do not depend on the clock', async () => {
    vi.useFakeTimers({toFake: ['Date']});
    try {
      vi.setSystemTime(new Date(Date.UTC(2030, 5, 1, 12, 0, 0)));
      const zip = await JSZip.loadAsync(await createWerkbladenZip([sheet('a')], 'Editie 2024'));
      const dates = Object.values(zip.files).map((f) => `${f.name} ${f.date.getUTCFullYear()}`);
      expect(dates).toEqual(['LEESMIJ.txt 2024', 'pdf/ 2024', 'word/ 2024', 'pdf/a.pdf 2024', 'word/a.docx 2024']);
    } finally {
      vi.useRealTimers();
    }
  });
});
