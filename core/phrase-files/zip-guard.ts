/**
 * Refuses a zip bomb before the spreadsheet reader sees it. SheetJS inflates every entry of an
 * XLSX whole, whatever sizes the zip claims, so a 100 KB file can unpack to gigabytes. We read the
 * zip's central directory (declared sizes), then inflate each entry as a stream, counting bytes and
 * stopping at the limit — a zip that lies about its sizes is caught too. Pure: bytes in, verdict out.
 */

/** Why a zip is refused: it unpacks to more than allowed, or its directory is broken. */
export type ZipVerdict = { ok: true; unpackedBytes: number } | { ok: false; reason: 'too-large'; unpackedBytes: number } | { ok: false; reason: 'damaged'; detail: string };

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeader: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** An XLSX has a dozen parts; thousands of entries is no spreadsheet. */
const MAX_ENTRIES = 2000;
/** The end record sits in the last 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

const damaged = (detail: string): ZipVerdict => ({ ok: false, reason: 'damaged', detail });

/** Reads the central directory; a string says what is broken. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - EOCD_SEARCH); at--) {
    if (u32(at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return 'no zip directory (the file is cut short)';
  const count = u16(eocd + 10);
  let at = u32(eocd + 16);
  if (count > MAX_ENTRIES) return `${count} entries`;
  if (count === 0xffff || at === 0xffffffff) return 'zip64 archive';
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL_SIGNATURE) return 'broken zip directory';
    const nameLength = u16(at + 28);
    const entry: ZipEntry = {
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      declaredSize: u32(at + 24),
      localHeader: u32(at + 42),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (entry.compressedSize === 0xffffffff || entry.declaredSize === 0xffffffff) return 'zip64 archive';
    entries.push(entry);
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return entries;
}

/**
 * Whether the zip unpacks to at most `maxUnpackedBytes` in all, checked on the declared sizes and
 * then on the real ones (each entry inflated as a stream, stopped as soon as the total is over).
 */
export async function checkZip(bytes: Uint8Array, maxUnpackedBytes: number): Promise<ZipVerdict> {
  const entries = zipEntries(bytes);
  if (typeof entries === 'string') return damaged(entries);
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > maxUnpackedBytes) return { ok: false, reason: 'too-large', unpackedBytes: declared };
  let total = 0;
  for (const entry of entries) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const local = entry.localHeader;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) return damaged(`entry ${entry.name} is missing`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) return damaged(`entry ${entry.name} is cut short`);
    if (entry.method === 0) total += entry.compressedSize;
    else if (entry.method === 8) {
      const inflated = await inflatedSize(bytes.subarray(start, end), maxUnpackedBytes - total);
      if (inflated === 'broken') return damaged(`entry ${entry.name} does not unpack`);
      if (inflated === 'over') return { ok: false, reason: 'too-large', unpackedBytes: Math.max(declared, maxUnpackedBytes + 1) };
      total += inflated;
    } else return damaged(`compression method ${entry.method}`);
    if (total > maxUnpackedBytes) return { ok: false, reason: 'too-large', unpackedBytes: total };
  }
  return { ok: true, unpackedBytes: total };
}

/** Bytes a raw deflate stream unpacks to, 'over' as soon as it passes `limit`. */
async function inflatedSize(data: Uint8Array, limit: number): Promise<number | 'over' | 'broken'> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return size;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return 'over';
      }
    }
  } catch {
    return 'broken';
  }
}
