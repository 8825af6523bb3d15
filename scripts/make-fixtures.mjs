#!/usr/bin/env node
// Writes the browser tests' input files into tests/fixtures/ from the seed articles, in every format the
// page reads: HTML with page furniture around the article, .docx (zipped WordprocessingML), Windows-1256
// and UTF-16 text, plus the files a drop must reject. The PDF comes from make-pdf-fixture.py (a PDF printed
// by Chromium loses Arabic letters on extraction; fpdf2 with HarfBuzz keeps them in logical order).
// Run both again when the seeds change; their output is committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { repoRoot } from './lib/run.mjs';

const SEEDS = join(repoRoot, '../shared/seeds');
const OUT = join(repoRoot, 'tests/fixtures');
const seedText = (prefix) => {
  const name = ['000_288a1a9cb11646df', '001_3515f8ba2b0815db', '002_c4a9f35214ecb214', '003_f82b0b34c302d543', '004_12a0ae8c2fa6360b']
    .find((n) => n.startsWith(prefix));
  return readFileSync(join(SEEDS, `${name}.txt`), 'utf8');
};
const paragraphs = (text) => text.split(/\n+/).map((line) => line.trim()).filter(Boolean);
const escapeXml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

// --- .docx: a zip of the minimal WordprocessingML parts, written by hand to need no dependency.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip archive of `files` ({name: string contents}), deflated, with a fixed timestamp so reruns are identical. */
function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, contents] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const raw = Buffer.from(contents, 'utf8');
    const packed = deflateRawSync(raw);
    const fields = (header) => {
      header.writeUInt16LE(20, 4 + (header.length === 46 ? 2 : 0)); // version needed
      const at = header.length === 46 ? 8 : 6;
      header.writeUInt16LE(0x0800, at); // names are UTF-8
      header.writeUInt16LE(8, at + 2); // deflate
      header.writeUInt16LE(0, at + 4); // time
      header.writeUInt16LE(0x5a21, at + 6); // 2025-01-01
      header.writeUInt32LE(crc32(raw), at + 8);
      header.writeUInt32LE(packed.length, at + 12);
      header.writeUInt32LE(raw.length, at + 16);
      header.writeUInt16LE(nameBytes.length, at + 20);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    fields(central);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function docx(text) {
  const body = paragraphs(text)
    .map((line) => `<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`)
    .join('');
  return zip({
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  });
}

// --- HTML: the article among the things a news page carries and the extractor must drop.
function html(text) {
  const body = paragraphs(text).map((line) => `<p>${escapeXml(line)}</p>`).join('\n');
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر</title>
<style>body { color: red } /* CSS_MUST_NOT_APPEAR */</style>
<script>window.SCRIPT_MUST_NOT_APPEAR = 1;</script></head>
<body><nav>القائمة الرئيسية NAV_MUST_NOT_APPEAR</nav>
<article>\n${body}\n</article>
<footer>جميع الحقوق محفوظة FOOTER_MUST_NOT_APPEAR</footer></body></html>\n`;
}

// --- Windows-1256: encode by inverting the decoder, so no encoding table is copied here.
function windows1256(text) {
  const decoder = new TextDecoder('windows-1256');
  const byChar = new Map();
  for (let byte = 0; byte < 256; byte += 1) byChar.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Buffer.from([...text].map((char) => {
    if (!byChar.has(char)) throw new Error(`U+${char.codePointAt(0).toString(16)} has no Windows-1256 byte`);
    return byChar.get(char);
  }));
}

const seed1 = seedText('001');
mkdirSync(OUT, { recursive: true });
const write = (name, contents) => {
  writeFileSync(join(OUT, name), contents);
  console.log(`tests/fixtures/${name}: ${contents.length} bytes`);
};
write('000-article.html', html(seedText('000')));
write('002-article.docx', docx(seedText('002')));
write('003-windows-1256.txt', windows1256(seedText('003')));
write('003-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText('003'), 'utf16le')]));
// Rejected: a PNG's signature and header (binary), and UTF-8 Arabic cut in the middle of letters.
write('image.png', Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex'));
const utf8 = Buffer.from(seed1.slice(0, 400), 'utf8');
write('broken-utf8.txt', Buffer.concat([utf8.subarray(0, 101), Buffer.from([0xff, 0xfe]), utf8.subarray(101)]));
// A document made of markup: the page must show it as text and run none of it.
write('markup.html', '<!doctype html><body><article><p>بلغ الإنتاج 55 مليار متر مكعب سنويا &lt;img src=x onerror="window.__xss=1"&gt;</p>'
  + '<p>&lt;script&gt;window.__xss=2&lt;/script&gt; <b>وقالت</b> روسيا</p></article></body>\n');
write('markup.txt', 'قالت روسيا <img src=x onerror="window.__xss=3"> إن 20 عاما <script>window.__xss=4</script>\n');
