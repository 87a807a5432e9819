/**
 * The deepest nesting of `[` and `{` in a JSON text (strings skipped), stopping once past `max`.
 * Checked before `JSON.parse`: a file of 100,000 nested brackets parses, but everything that walks
 * the result afterwards (validation, copying to a worker or to storage) recurses and overflows.
 */
export function jsonDepthOver(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
