/**
 * What Chromium's tagged PDF leaves to do, with pdf-lib: the running footer
 * becomes an artifact, the outline is the table of contents (same entries,
 * same targets), every link annotation gets a description (/Contents), and
 * the document gets its metadata (Info and XMP: title, language, author,
 * rights). Pure: bytes in, bytes out.
 */
import * as cheerio from 'cheerio';
import {PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef} from 'pdf-lib';
import type {BookMeta, TocEntry} from './book';
import {markArtifacts} from './contentStream';
import {decodeName, namedDestinations, pageContent, pdfText} from './pdfObjects';

export interface FinishInput {
  meta: BookMeta;
  toc: readonly TocEntry[];
  /** Named destination → what a reader is taken to ("Houding", "Begrip: draagkracht"). */
  targets: ReadonlyMap<string, string>;
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

const XMP = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default"></rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li></rdf:li></rdf:Seq></dc:creator>
<dc:language><rdf:Bag><rdf:li>nl</rdf:li></rdf:Bag></dc:language>
<dc:rights><rdf:Alt><rdf:li xml:lang="x-default"></rdf:li></rdf:Alt></dc:rights>
<xmpRights:WebStatement></xmpRights:WebStatement>
<xmp:CreateDate></xmp:CreateDate>
<xmp:ModifyDate></xmp:ModifyDate>
<xmp:CreatorTool></xmp:CreatorTool>
<pdf:Producer></pdf:Producer>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;

/** The XMP metadata packet: title, maker, language, licence and dates, as PDF/UA asks. */
function xmp(meta: BookMeta, title: string, producer: string): string {
  const $ = cheerio.load(XMP, {xml: true});
  const set = (selector: string, text: string) => $(selector).text(text);
  set('dc\\:title rdf\\:li', title);
  set('dc\\:creator rdf\\:li', meta.maker);
  set('dc\\:rights rdf\\:li', meta.license.name);
  set('xmpRights\\:WebStatement', meta.license.url);
  set('xmp\\:CreateDate', meta.isoDate);
  set('xmp\\:ModifyDate', meta.isoDate);
  set('xmp\\:CreatorTool', producer);
  set('pdf\\:Producer', producer);
  return $.xml();
}

export function pdfTitle(meta: BookMeta): string {
  return `${meta.title} ${meta.subtitle} — ${meta.editionLabel}`.replace(/\s+/g, ' ');
}

export async function finishPdf(bytes: Uint8Array, input: FinishInput): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, {updateMetadata: false});
  const {meta} = input;

  for (const page of doc.getPages()) {
    const {text: marked, wrapped} = markArtifacts(pageContent(doc, page.node));
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
      const uri = action instanceof PDFDict ? pdfText(action.lookup(PDFName.of('URI'))) : undefined;
      let description: string;
      if (dest instanceof PDFName) {
        const target = decodeName(dest);
        description = `Naar ${input.targets.get(target) ?? 'een andere plek in dit boek'}`;
      } else if (uri !== undefined) {
        description = `Link naar ${uri}`;
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
