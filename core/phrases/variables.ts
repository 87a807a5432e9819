/**
 * Variables in phrase text.
 *
 * - `{买家}`: filled automatically (from the page through the site adapter, or from settings).
 * - `{尺码?}`: a fill-in prompt — the agent is asked for the value in a small form before the
 *   phrase is inserted. Any name works; the `?` (or full-width `？`) is what makes it a prompt.
 *
 * A variable without a value is never dropped: it stays visible in the text and is reported.
 */

/** Names the extension knows how to fill without asking. */
export const KNOWN_VARIABLES = ['买家', '订单号', '发货时间', '店铺', '客服', '商品', '地址'] as const;
export type KnownVariable = (typeof KNOWN_VARIABLES)[number];

const KNOWN = new Set<string>(KNOWN_VARIABLES);

/** A name is 1–20 letters/digits/underscores (Chinese included). */
const VARIABLE = /\{([\p{L}\p{N}_]{1,20})([?？])?\}/gu;

export interface VariableRef {
  name: string;
  /** Asked from the agent before inserting (`{名称?}`). */
  prompt: boolean;
}

export interface VariableOccurrence extends VariableRef {
  start: number;
  end: number;
}

export function isKnownVariable(name: string): name is KnownVariable {
  return KNOWN.has(name);
}

/** Every well-formed `{…}` in order, with UTF-16 offsets. */
export function findVariables(text: string): VariableOccurrence[] {
  return [...text.matchAll(VARIABLE)].map((m) => ({
    name: m[1]!,
    prompt: m[2] !== undefined,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Distinct variables in first-occurrence order: what the fill-in form shows. */
export function listVariables(text: string): VariableRef[] {
  const seen = new Set<string>();
  const out: VariableRef[] = [];
  for (const { name, prompt } of findVariables(text)) {
    const key = `${name}${prompt ? '?' : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name, prompt });
  }
  return out;
}

/**
 * The value `values` itself holds for a variable, or '' (own values only: a variable named
 * `constructor` or `__proto__` must not find what every object inherits).
 */
export function variableValue(values: Readonly<Record<string, string | undefined>>, name: string): string {
  const value = Object.hasOwn(values, name) ? values[name] : undefined;
  return typeof value === 'string' ? value : '';
}

/**
 * Replaces `{名称}` and `{名称?}` with `values[名称]`. A missing or blank value leaves the
 * variable in place and lists its name (once) in `missing`, so nothing is sent half-filled
 * without the caller knowing.
 */
export function fillVariables(
  text: string,
  values: Readonly<Record<string, string | undefined>>,
): { text: string; missing: string[] } {
  const missing: string[] = [];
  const filled = text.replace(VARIABLE, (whole, name: string) => {
    const value = variableValue(values, name);
    if (value.trim() !== '') return value;
    if (!missing.includes(name)) missing.push(name);
    return whole;
  });
  return { text: filled, missing };
}

export interface BraceProblem {
  start: number;
  end: number;
  /** The raw text of the problem, e.g. `{买家` or `{}`. */
  raw: string;
}

/**
 * Braces that are not a well-formed variable: unclosed `{`, stray `}`, empty or invalid names.
 * Full-width braces count too, since they look the same to a seller.
 */
export function findMalformedBraces(text: string): BraceProblem[] {
  const ok = new Set<number>();
  for (const v of findVariables(text)) for (let k = v.start; k < v.end; k++) ok.add(k);
  const problems: BraceProblem[] = [];
  for (let k = 0; k < text.length; k++) {
    if (ok.has(k)) continue;
    const c = text[k];
    if (c === '{' || c === '｛') {
      const close = text.slice(k + 1).search(/[{｛}｝\n]/);
      const end = close >= 0 && /[}｝]/.test(text[k + 1 + close]!) ? k + 2 + close : k + 1;
      problems.push({ start: k, end, raw: text.slice(k, end) });
      k = end - 1;
    } else if (c === '}' || c === '｝') {
      problems.push({ start: k, end: k + 1, raw: c });
    }
  }
  return problems;
}
