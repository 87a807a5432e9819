import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_IDS } from '../../core/consoles';
import { CHAT_ADAPTERS } from '../../sites/registry';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Code without comments and strings, so that a word in a sentence is not taken for a use. */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`/g, "''");
}

describe('core stays pure (DESIGN.md: no browser, document or window)', () => {
  const files = sourceFiles(join(ROOT, 'core'));
  it.each(files.map((f) => [relative(ROOT, f), f]))('%s', (_name, file) => {
    const code = codeOnly(readFileSync(file, 'utf8'));
    expect(code).not.toMatch(/\b(browser|chrome)\s*\./);
    expect(code).not.toMatch(/\bdocument\s*[.[]/);
    expect(code).not.toMatch(/\bwindow\s*[.[]/);
  });
});

describe('every site adapter (STYLE.md §4)', () => {
  it.each(SITE_IDS.map((id) => [id]))('%s has selectors, a replica and an e2e run', (id) => {
    const adapter = CHAT_ADAPTERS[id];
    expect(adapter.id).toBe(id);
    for (const selector of Object.values(adapter.selectors)) expect(selector.trim()).not.toBe('');
    expect(existsSync(join(ROOT, 'test', 'replicas', id, 'index.html'))).toBe(true);
    const specs = readdirSync(join(ROOT, 'test', 'e2e')).filter((f) => f.endsWith('.spec.ts'));
    const mentioned = specs.some((f) => readFileSync(join(ROOT, 'test', 'e2e', f), 'utf8').includes('REPLICA_SITES'));
    expect(mentioned, 'an e2e spec runs over REPLICA_SITES').toBe(true);
  });
});

describe('the content script stays small (DESIGN.md rule 4)', () => {
  it('imports no pinyin dictionary', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      expect(source, `${relative(ROOT, file)} imports pinyin-pro`).not.toMatch(/from ['"]pinyin-pro['"]/);
      for (const [, spec] of source.matchAll(/(?:import|export)[^'"]*from ['"](\.[^'"]+)['"]/g)) {
        const base = join(file, '..', spec!);
        const target = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((p) => existsSync(p));
        if (target) visit(target);
      }
    };
    visit(join(ROOT, 'entrypoints', 'console.content', 'index.tsx'));
    expect(seen.size).toBeGreaterThan(10);
  });
});
