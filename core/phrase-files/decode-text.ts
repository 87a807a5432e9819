/** The encodings a seller's CSV comes in, as reported in `ParsedPhraseFile.encoding`. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gbk' | 'utf-16le' | 'utf-16be';

export type DecodedText = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: 'binary' | 'unknown-encoding' };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Decodes a text file from a Chinese seller's computer: UTF-8 with a BOM (Excel's "CSV UTF-8"),
 * UTF-16 with a BOM (Excel's "Unicode text"), UTF-8 without a BOM if it decodes strictly, else
 * GBK — the default of Excel and WPS on a Chinese Windows — read with the GB18030 decoder, its
 * superset. A NUL byte outside UTF-16 means a binary file, not text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strict('utf-8', bytes.subarray(3), 'utf-8-bom');
  if (startsWith(bytes, [0xff, 0xfe])) return strict('utf-16le', bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return strict('utf-16be', bytes.subarray(2), 'utf-16be');
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };
  const utf8 = strict('utf-8', bytes, 'utf-8');
  if (utf8.ok) return utf8;
  return strict('gb18030', bytes, 'gbk');
}

function strict(label: string, bytes: Uint8Array, encoding: TextEncodingName): DecodedText {
  try {
    // ignoreBOM: the BOM was already looked at; a second one would be part of the text.
    const text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
    // Control characters other than tab and line breaks do not occur in a table of phrases.
    return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? { ok: false, reason: 'binary' } : { ok: true, text, encoding };
  } catch {
    return { ok: false, reason: 'unknown-encoding' };
  }
}
