import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { measureEntry, staticImports } from '../helpers/bundle-entries';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function build(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'kefu-bundle-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const PAGE = '<script type="module" crossorigin src="/chunks/page-1.js"></script><link rel="stylesheet" href="/assets/page.css">';

describe('measureEntry', () => {
  it('counts a page, what it names and the static imports of its scripts, not the chunks loaded on demand', () => {
    const files = {
      'page.html': PAGE,
      'chunks/page-1.js': 'import{a}from"./shared-2.js";import"./side-3.js";const x=()=>import("./lazy-4.js");',
      'chunks/shared-2.js': 'export const a=1;',
      'chunks/side-3.js': 'import{a}from"./shared-2.js";',
      'chunks/lazy-4.js': 'x'.repeat(5000),
      'assets/page.css': 'body{color:red}',
    };
    const size = measureEntry(build(files), { name: 'a page', file: 'page.html' });
    const counted = ['page.html', 'chunks/page-1.js', 'assets/page.css', 'chunks/shared-2.js', 'chunks/side-3.js'];
    expect(size.files).toEqual(counted);
    expect(size.rawBytes).toBe(counted.reduce((sum, f) => sum + Buffer.byteLength(files[f as keyof typeof files]), 0));
    expect(size.gzipBytes).toBe(counted.reduce((sum, f) => sum + gzipSync(files[f as keyof typeof files], { level: 9 }).length, 0));
  });

  it('counts a script entry with its static imports', () => {
    const size = measureEntry(build({ 'background.js': 'import"./chunks/b.js";', 'chunks/b.js': 'let b=2;' }), { name: 'background', file: 'background.js' });
    expect(size.files).toEqual(['background.js', 'chunks/b.js']);
  });

  it('names the entry and the file when the build lacks one', () => {
    const root = build({ 'page.html': PAGE });
    expect(() => measureEntry(root, { name: 'a page', file: 'page.html' })).toThrow(/a page: chunks\/page-1\.js, which it loads, is not in/);
    expect(() => measureEntry(root, { name: 'options page', file: 'options.html' })).toThrow(/options page: options\.html is not in/);
  });
});

describe('staticImports', () => {
  it('resolves relative imports against the importing file and leaves dynamic ones out', () => {
    expect(staticImports('import{x as y}from"../a.js";import"./b.js";import("./c.js")', 'chunks/m.js')).toEqual(['a.js', 'chunks/b.js']);
  });
});
