/**
 * What Chromium's tagged PDF leaves to do, with pdf-lib: the running footer
 * becomes an artifact, the outline is the table of contents (same entries,
 * same targets), every link annotation gets a description (/Contents), and
 * the document gets its metadata (Info and XMP: title, language, author,
 * rights). Pure: bytes in, bytes out.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  decodePDFRawStream,
} from 'pdf-lib';
import type {BookMeta, TocEntry} from './book';
import {markArtifacts} from './contentStream';

export interface FinishInput {
  meta: BookMeta;
  toc: readonly TocEntry[];
  /** Named destination → what a reader is taken to ("Houding", "Begrip: draagkracht"). */
  targets: ReadonlyMap<string, string>;
}

function streamText(doc: PDFDocument, stream: PDFStream): string {
  const bytes = stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();
  return Buffer.from(bytes).toString('latin1');
}

function contentStreams(doc: PDFDocument, pageDict: PDFDict): PDFStream[] {
  const contents = pageDict.lookup(PDFName.of('Contents'));
  if (contents instanceof PDFArray) return contents.asArray().map((r) => doc.context.lookup(r) as PDFStream);
  return contents instanceof PDFStream ? [contents] : [];
}

function decodeName(name: PDFName): string {
  const raw = name.decodeText();
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Named destinations as Chromium writes them: a /Dests dictionary in the catalog. */
export function namedDestinations(doc: PDFDocument): Map<string, {page: number; name: PDFName}> {
  const pages = doc.getPages().map((p) => p.ref);
  const result = new Map<string, {page: number; name: PDFName}>();
  const dests = doc.catalog.lookup(PDFName.of('Dests'));
  if (!(dests instanceof PDFDict)) return result;
  for (const [name, value] of dests.entries()) {
    const arr = doc.context.lookup(value);
    const pageRef =
      arr instanceof PDFArray
        ? arr.get(0)
        : arr instanceof PDFDict
          ? (arr.lookup(PDFName.of('D')) as PDFArray | undefined)?.get(0)
          : undefined;
    const index = pages.findIndex((r) => pageRef instanceof PDFRef && r === pageRef);
    if (index >= 0) result.set(decodeName(name), {page: index + 1, name});
  }
  return result;
}

function addOutline(doc: PDFDocument, toc: readonly TocEntry[]): void {
  const ctx = doc.context;
  const dests = namedDestinations(doc);
  const destOf = (id: string): PDFName => {
    const d = dests.get(id);
    if (!d) throw new Error(`Boek: de inhoudsopgave noemt "${id}", maar de PDF heeft daar geen bestemming voor.`);
    return d.name;
  };
  const rootRef = ctx.nextRef();
  const build = (entries: readonly TocEntry[], parent: PDFRef): {first?: PDFRef; last?: PDFRef; count: number} => {
    const refs = entries.map(() => ctx.nextRef());
    let count = entries.length;
    entries.forEach((e, i) => {
      const kids = build(e.children, refs[i]!);
      count += kids.count;
      const dict = ctx.obj({
        Title: PDFHexString.fromText(e.title),
        Parent: parent,
        Dest: destOf(e.id),
      }) as PDFDict;
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      if (kids.first && kids.last) {
        dict.set(PDFName.of('First'), kids.first);
        dict.set(PDFName.of('Last'), kids.last);
        // Negative: the sub-entries start closed, so the bookmarks panel opens on the chapters.
        dict.set(PDFName.of('Count'), PDFNumber.of(-kids.count));
      }
      ctx.assign(refs[i]!, dict);
    });
    return {first: refs[0], last: refs[refs.length - 1], count};
  };
  const top = build(toc, rootRef);
  ctx.assign(rootRef, ctx.obj({Type: 'Outlines', First: top.first!, Last: top.last!, Count: top.count}));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function xmp(meta: BookMeta, title: string, producer: string): string {
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${xmlEscape(meta.maker)}</rdf:li></rdf:Seq></dc:creator>
<dc:language><rdf:Bag><rdf:li>nl</rdf:li></rdf:Bag></dc:language>
<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(meta.license.name)}</rdf:li></rdf:Alt></dc:rights>
<xmpRights:WebStatement>${xmlEscape(meta.license.url)}</xmpRights:WebStatement>
<xmp:CreateDate>${meta.isoDate}</xmp:CreateDate>
<xmp:ModifyDate>${meta.isoDate}</xmp:ModifyDate>
<xmp:CreatorTool>${xmlEscape(producer)}</xmp:CreatorTool>
<pdf:Producer>${xmlEscape(producer)}</pdf:Producer>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

export function pdfTitle(meta: BookMeta): string {
  return `${meta.title} ${meta.subtitle} — ${meta.editionLabel}`.replace(/\s+/g, ' ');
}

export async function finishPdf(bytes: Uint8Array, input: FinishInput): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, {updateMetadata: false});
  const {meta} = input;

  for (const page of doc.getPages()) {
    const streams = contentStreams(doc, page.node);
    const text = streams.map((s) => streamText(doc, s)).join('\n');
    const {text: marked, wrapped} = markArtifacts(text);
    if (wrapped > 0)
      page.node.set(
        PDFName.of('Contents'),
        doc.context.register(doc.context.flateStream(Buffer.from(marked, 'latin1'))),
      );

    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) continue;
    for (const ref of annots.asArray()) {
      const annot = doc.context.lookup(ref);
      if (!(annot instanceof PDFDict) || annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const dest = annot.lookup(PDFName.of('Dest'));
      const action = annot.lookup(PDFName.of('A'));
      const uri = action instanceof PDFDict ? action.lookup(PDFName.of('URI')) : undefined;
      let description: string;
      if (dest instanceof PDFName) {
        const target = decodeName(dest);
        description = `Naar ${input.targets.get(target) ?? 'een andere plek in dit boek'}`;
      } else if (uri instanceof PDFString || uri instanceof PDFHexString) {
        description = `Link naar ${uri.decodeText()}`;
      } else {
        description = 'Link';
      }
      annot.set(PDFName.of('Contents'), PDFHexString.fromText(description));
    }
  }

  addOutline(doc, input.toc);

  const title = pdfTitle(meta);
  const producer = 'Chromium (tagged PDF) en pdf-lib, src/plugins/boek';
  doc.setTitle(title, {showInWindowTitleBar: true});
  doc.setLanguage('nl');
  doc.setAuthor(meta.maker);
  doc.setSubject(`${meta.title} ${meta.subtitle}, ${meta.editionLabel}. ${meta.url}`);
  doc.setKeywords(['gedeeld opvoederschap', 'Relationele Route', 'handleiding', meta.editionLabel]);
  doc.setCreator(producer);
  doc.setProducer(producer);
  doc.setCreationDate(new Date(meta.isoDate));
  doc.setModificationDate(new Date(meta.isoDate));
  const metadata = doc.context.stream(xmp(meta, title, producer), {Type: 'Metadata', Subtype: 'XML'});
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(metadata));
  return doc.save({useObjectStreams: false});
}
