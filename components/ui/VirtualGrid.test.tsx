// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VirtualGrid } from './VirtualGrid';

const ROWS = Array.from({ length: 100_000 }, (_, i) => ({ id: `b${i}`, name: `买家${i}` }));
const COLUMNS = [
  { id: 'id', label: '买家', width: '1fr', cell: (r: (typeof ROWS)[number]) => r.id, sortLabel: '按买家排序' },
  { id: 'name', label: '昵称', width: '1fr', cell: (r: (typeof ROWS)[number]) => r.name },
];

describe('VirtualGrid', () => {
  let root: HTMLElement;
  const onSort = vi.fn();
  beforeEach(async () => {
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(<VirtualGrid label="关系列表" rows={ROWS} columns={COLUMNS} rowHeight={32} initialHeight={320} sort={{ key: 'id', dir: 'asc' }} onSort={onSort} />, root);
    });
  });
  afterEach(() => render(null, root));

  const grid = () => root.querySelector('[role="grid"]') as HTMLElement;
  const bodyRows = () => Array.from(grid().querySelectorAll('.vgrid-row')) as HTMLElement[];
  const key = (k: string) =>
    act(() => {
      grid().dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    });

  it('puts only the rows in view in the DOM, and tells the full count', () => {
    expect(grid().getAttribute('aria-rowcount')).toBe('100001');
    expect(bodyRows().length).toBeLessThan(30);
    expect(bodyRows()[0]!.textContent).toBe('b0买家0');
    expect((grid().querySelector('.vgrid-body') as HTMLElement).style.height).toBe('3200000px');
  });

  it('is reached by keyboard: End goes to the last row, Home back, arrows one row', async () => {
    expect(grid().tabIndex).toBe(0);
    await key('End');
    expect(grid().getAttribute('aria-activedescendant')).toMatch(/-r99999$/);
    const active = root.querySelector(`#${grid().getAttribute('aria-activedescendant')}`)!;
    expect([active.getAttribute('aria-rowindex'), active.getAttribute('aria-selected'), active.textContent]).toEqual(['100001', 'true', 'b99999买家99999']);
    expect(bodyRows().length).toBeLessThan(30);
    await key('Home');
    await key('ArrowDown');
    expect(root.querySelector(`#${grid().getAttribute('aria-activedescendant')}`)!.textContent).toBe('b1买家1');
  });

  it('sorts by a column header button and says the order', async () => {
    const header = root.querySelector('[role="columnheader"]')!;
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    await act(() => (header.querySelector('button') as HTMLButtonElement).click());
    expect(onSort).toHaveBeenCalledWith('id');
    expect(root.querySelectorAll('[role="columnheader"] button')).toHaveLength(1);
  });
});
