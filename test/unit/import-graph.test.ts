import { describe, expect, it } from 'vitest';
import { buildImportGraph, entryViolations, findCycles, importsOf, layerViolations } from './import-graph';
import { ENTRY_EXCEPTIONS, LAYER_RULES } from './layers';

/** A small tree laid out like ours, that keeps every rule. */
const GOOD: Record<string, string> = {
  'core/store/index.ts': "export { createStore } from './store';",
  'core/store/store.ts': "import { z } from 'zod';\nexport const createStore = () => z;",
  'core/notes/index.ts': "export * from './model';",
  'core/notes/model.ts': "import { createStore } from '../store';\nexport const notes = createStore;",
  'components/notes/NotesPanel.tsx': "import type { Note } from '../../core/notes';\nimport { notes } from '../../core/notes';\nexport const Panel = () => <p>{String(notes)}</p>;",
  'platform/idb.ts': "import { get } from 'idb-keyval';\nexport const read = get;",
  'entrypoints/background.ts': "import { read } from '../platform/idb';\nimport { notes } from '../core/notes';\nvoid read; void notes;",
};

function check(files: Record<string, string>) {
  const edges = buildImportGraph(new Map(Object.entries(files)));
  return [...layerViolations(edges, LAYER_RULES), ...entryViolations(edges, 'core/', ENTRY_EXCEPTIONS), ...findCycles(edges, 'core/').map((c) => `cycle: ${c.join(' ⇄ ')}`)];
}

describe('the import-graph checker', () => {
  it('passes a tree that keeps the layers', () => {
    expect(check(GOOD)).toEqual([]);
  });

  it('fails a component importing from an entrypoint', () => {
    const bad = { ...GOOD, 'components/notes/NotesPanel.tsx': "import { read } from '../../entrypoints/background';\nexport const x = read;" };
    expect(check(bad)).toEqual(['components never import entrypoints: components/notes/NotesPanel.tsx → ../../entrypoints/background']);
  });

  it('fails core importing storage, WXT or the platform layer, type-only or not', () => {
    const bad = {
      ...GOOD,
      'core/notes/model.ts': [
        "import { get } from 'idb-keyval';",
        "import { browser } from 'wxt/browser';",
        "import type { Read } from '../../platform/idb';",
        "export const lazy = () => import('#imports');",
      ].join('\n'),
    };
    expect(check(bad)).toEqual([
      'core stays pure (no storage, WXT or browser API): core/notes/model.ts → idb-keyval',
      'core stays pure (no storage, WXT or browser API): core/notes/model.ts → wxt/browser',
      'core stays pure (no storage, WXT or browser API): core/notes/model.ts → #imports',
      'core imports no outer layer: core/notes/model.ts → ../../platform/idb (type)',
    ]);
  });

  it('fails a deep import into an area, and an import loop in core', () => {
    const bad = {
      ...GOOD,
      'components/notes/NotesPanel.tsx': "import { notes } from '../../core/notes/model';\nexport const x = notes;",
      'core/store/store.ts': "import type { notes } from '../notes';\nexport const createStore = () => 1;",
    };
    expect(check(bad)).toEqual([
      'reached past core/notes/index.ts: components/notes/NotesPanel.tsx → ../../core/notes/model',
      'cycle: core/notes/index.ts ⇄ core/notes/model.ts ⇄ core/store/index.ts ⇄ core/store/store.ts',
    ]);
  });

  it('reads every kind of import, and knows which are types only', () => {
    const source = [
      "import a from './a';",
      "import type { B } from './b';",
      "import { type C } from './c';",
      "import './d.css';",
      "export * from './e';",
      "export type { F } from './f';",
      "const g = () => import('./g');",
      "// import { h } from './h';",
      "const text = \"import { i } from './i'\";",
    ].join('\n');
    expect(importsOf('x.ts', source)).toEqual([
      { specifier: './a', typeOnly: false },
      { specifier: './b', typeOnly: true },
      { specifier: './c', typeOnly: true },
      { specifier: './d.css', typeOnly: false },
      { specifier: './e', typeOnly: false },
      { specifier: './f', typeOnly: true },
      { specifier: './g', typeOnly: false },
    ]);
  });
});
