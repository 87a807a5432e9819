import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_IDS } from '../../core/consoles';
import { CHAT_ADAPTERS, adapterForUrl } from '../../sites/registry';
import { REPLICA_SITES, consoleUrl, type ReplicaSite } from '../e2e/fixtures/routes';
import { buildImportGraph, entryViolations, findCycles, layerViolations, readSourceTree } from './import-graph';
import { ENTRY_EXCEPTIONS, LAYER_RULES } from './layers';

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
  const specs = readdirSync(join(ROOT, 'test', 'e2e'))
    .filter((f) => f.endsWith('.spec.ts'))
    .map((f) => readFileSync(join(ROOT, 'test', 'e2e', f), 'utf8'));

  it.each(SITE_IDS.map((id) => [id]))('%s has selectors, a replica and an e2e run', (id) => {
    const adapter = CHAT_ADAPTERS[id];
    expect(adapter.id).toBe(id);
    for (const selector of Object.values(adapter.selectors)) expect(selector.trim()).not.toBe('');
    expect(existsSync(join(ROOT, 'test', 'replicas', id, 'index.html'))).toBe(true);
    // The e2e runs cover this site: it is one of the replica sites the specs iterate over, and the
    // replica is served at a URL this site's adapter takes as its own.
    expect(REPLICA_SITES, `REPLICA_SITES (test/e2e/fixtures/routes.ts) lists ${id}`).toContain(id);
    expect(adapterForUrl(consoleUrl(id as ReplicaSite))?.id).toBe(id);
    const iterating = specs.filter((source) => /\.each\(REPLICA_SITES\)|\bof REPLICA_SITES\b/.test(codeOnly(source)));
    expect(iterating.length, 'e2e specs that run once per replica site').toBeGreaterThan(0);
  });
});

/** Layers, read from the real import edges (test files left out: a test may reach anything). */
const FILES = readSourceTree(ROOT, ['core', 'components', 'entrypoints', 'platform', 'sites']);
const EDGES = buildImportGraph(FILES);

describe('import layers (real import edges)', () => {
  it('reads the tree (the check is not vacuous)', () => {
    expect(FILES.size).toBeGreaterThan(100);
    expect(EDGES.filter((e) => e.from.startsWith('core/')).length).toBeGreaterThan(100);
  });

  it('no import breaks a layer', () => {
    expect(layerViolations(EDGES, LAYER_RULES)).toEqual([]);
  });

  it('core areas are reached through their index.ts, except the documented bundle-size exceptions', () => {
    expect(entryViolations(EDGES, 'core/', ENTRY_EXCEPTIONS)).toEqual([]);
  });

  it('each documented exception is still used (a stale one is removed)', () => {
    const unused = ENTRY_EXCEPTIONS.filter((x) => !EDGES.some((e) => e.from.startsWith(x.from) && e.to === x.to));
    expect(unused).toEqual([]);
  });

  it('no import cycle in core/', () => {
    expect(findCycles(EDGES, 'core/')).toEqual([]);
  });
});

describe('the pages stay small (DESIGN.md rule 4)', () => {
  /** Everything a bundle loads from `entry`: runtime edges only (`import type` is erased). */
  function loadedBy(entry: string): Set<string> {
    const seen = new Set([entry]);
    const queue = [entry];
    while (queue.length > 0) {
      const file = queue.shift()!;
      for (const e of EDGES) {
        if (e.from !== file || e.typeOnly || seen.has(e.to)) continue;
        seen.add(e.to);
        if (!e.external) queue.push(e.to);
      }
    }
    return seen;
  }
  const pages = ['entrypoints/console.content/index.tsx', 'entrypoints/sidebar/main.tsx'].filter((f) => FILES.has(f));

  it.each(pages.map((p) => [p]))('%s loads no pinyin dictionary and no zod', (entry) => {
    const loaded = loadedBy(entry);
    expect(loaded.size).toBeGreaterThan(10);
    expect(loaded.has('pinyin-pro')).toBe(false);
    expect(loaded.has('zod')).toBe(false);
    expect(loaded.has('core/client.ts'), 'uses the typed client').toBe(true);
  });
});

describe('panels plug in (issue 7 item 2): tabs come from the registries', () => {
  const REGISTRIES = ['components/sidebar/panels.ts', 'components/options/panels.ts'];
  /** Every `export const name = definePanel(` under components/, with its file. */
  const declared = [...FILES.entries()]
    .filter(([file]) => file.startsWith('components/') && !REGISTRIES.includes(file))
    .flatMap(([file, source]) => [...codeOnly(source).matchAll(/export const (\w+) = definePanel\(/g)].map((m) => ({ file, name: m[1]! })));

  it('finds the declared panels (the check is not vacuous)', () => {
    expect(declared.map((d) => d.name)).toEqual(expect.arrayContaining(['phrasesPanel', 'libraryPanel', 'relationsPanel', 'transferOptionsPanel']));
  });

  it('each declared panel is listed in a registry', () => {
    // The names in each registry's array literal (`export const X_PANELS: … = [a, b, …];`).
    const listed = REGISTRIES.flatMap((r) => codeOnly(FILES.get(r)!).match(/_PANELS\b[^=]*=\s*\[([^\]]*)\]/)?.[1]?.split(',').map((n) => n.trim()) ?? []);
    expect(listed.length).toBeGreaterThan(5);
    expect(declared.filter((d) => !listed.includes(d.name))).toEqual([]);
  });

  it('the sidebar and the options page name no tab themselves: they render their registry', () => {
    for (const [file, registry] of [
      ['components/sidebar/Sidebar.tsx', 'SIDEBAR_PANELS'],
      ['components/options/OptionsApp.tsx', 'OPTIONS_PANELS'],
    ] as const) {
      const code = codeOnly(FILES.get(file)!);
      expect(code, file).toContain(registry);
      expect(code, file).toMatch(/panelsFor\(/);
      // No panel component is imported directly: a tab exists only through a declaration.
      expect(EDGES.filter((e) => e.from === file && /\/[A-Z]\w*Panel\.tsx$/.test(e.to)).map((e) => e.to), file).toEqual([]);
    }
  });
});
