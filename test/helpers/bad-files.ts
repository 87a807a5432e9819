/**
 * Malformed files, made in the test (never stored in the repository): a tiny zip writer for
 * hand-built XLSX parts, zip bombs, and files that only claim to be large.
 */
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  data: Uint8Array;
  /** Stored as-is instead of deflated. */
  stored?: boolean;
  /** Already raw-deflated data (with its real size and crc), e.g. a bomb. */
  deflated?: { data: Uint8Array; size: number; crc: number };
  /** A size to write in the zip directory instead of the real one (a lying zip). */
  claimedSize?: number;
}

/** A zip of the parts, central directory and all. */
export function zip(parts: readonly ZipPart[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = new TextEncoder().encode(part.name);
    const body = part.deflated?.data ?? (part.stored ? part.data : new Uint8Array(deflateRawSync(part.data)));
    const size = part.claimedSize ?? part.deflated?.size ?? part.data.length;
    const crc = part.deflated?.crc ?? crc32(part.data);
    const method = part.stored && !part.deflated ? 0 : 8;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, method, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, body.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.length, true);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(10, method, true);
    entry.setUint32(16, crc, true);
    entry.setUint32(20, body.length, true);
    entry.setUint32(24, size, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, body);
    central.push(new Uint8Array(entry.buffer), name);
    offset += 30 + name.length + body.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return concat([...chunks, ...central, new Uint8Array(end.buffer)]);
}

export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const column = (c: number) => {
  let name = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

/** The XML of one sheet of inline-string cells, with the `<dimension>` it claims. */
export function sheetXml(rows: readonly (readonly string[])[], dimension?: string): string {
  const body = rows
    .map((cells, r) => `<row r="${r + 1}">${cells.map((v, c) => `<c r="${column(c)}${r + 1}" t="inlineStr"><is><t>${escape(v)}</t></is></c>`).join('')}</row>`)
    .join('');
  const dim = dimension ? `<dimension ref="${dimension}"/>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${dim}<sheetData>${body}</sheetData></worksheet>`;
}

/** A minimal XLSX: one sheet (named 话术) of the given rows, plus any extra parts. */
export function xlsx(rows: readonly (readonly string[])[], options: { dimension?: string; extra?: ZipPart[] } = {}): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org';
  return zip([
    {
      name: '[Content_Types].xml',
      data: utf8(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
    },
    { name: '_rels/.rels', data: utf8(`<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    {
      name: 'xl/workbook.xml',
      data: utf8(`<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="话术" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    },
    { name: 'xl/_rels/workbook.xml.rels', data: utf8(`<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`) },
    { name: 'xl/worksheets/sheet1.xml', data: utf8(sheetXml(rows, options.dimension)) },
    ...(options.extra ?? []),
  ]);
}

/** `mb` MiB of zeros, raw-deflated as a stream (never held unpacked): ~1 KB per MiB. */
export async function deflatedZeros(mb: number): Promise<{ data: Uint8Array; size: number; crc: number }> {
  const chunk = Buffer.alloc(1024 * 1024);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  for (let i = 0; i < mb; i++) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { data: new Uint8Array(Buffer.concat(out)), size: (mb * 1024 * 1024) >>> 0, crc };
}

/**
 * A chosen file of `bytes` bytes that is never made: `arrayBuffer` counts its calls (a size check
 * must come first) and would build the bytes from one repeated chunk only if called.
 */
export function hugeFile(name: string, bytes: number) {
  const file = {
    name,
    size: bytes,
    reads: 0,
    async arrayBuffer(): Promise<ArrayBuffer> {
      file.reads++;
      const chunk = new Uint8Array(1024 * 1024).fill(0x61);
      return new Blob(Array.from({ length: Math.ceil(bytes / chunk.length) }, () => chunk)).slice(0, bytes).arrayBuffer();
    },
  };
  return file;
}

/** `[[[…]]]` nested `levels` deep. */
export function deepJson(levels: number, open = '[', close = ']'): string {
  return open.repeat(levels) + close.repeat(levels);
}
