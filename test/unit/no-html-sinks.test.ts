import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SHIPPED_DIRS = ['core', 'components', 'entrypoints', 'platform', 'sites'];
const HTML_SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write(?:ln)?)\b/;

function shippedFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return shippedFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

// Page text is data: it reaches the DOM as text nodes only. This also keeps `web-ext lint`'s only
// innerHTML warnings on Preact's own dangerouslySetInnerHTML path (test/e2e/firefox-release.spec.ts).
describe('shipped code writes no HTML', () => {
  it('uses no innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML or document.write', () => {
    const offenders = SHIPPED_DIRS.flatMap((dir) => shippedFiles(join(ROOT, dir)))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ where: `${relative(ROOT, file)}:${i + 1}`, line }))
          .filter(({ line }) => HTML_SINKS.test(line) && !/^\s*(\/\/|\*)/.test(line)),
      )
      .map(({ where, line }) => `${where}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });
});
