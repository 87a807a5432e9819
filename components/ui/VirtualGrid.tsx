import type { ComponentChild } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { RowPool, type CellContent } from './row-pool';

export type { CellContent, CellPart } from './row-pool';

export interface GridColumn<T> {
  id: string;
  label: string;
  /** A CSS grid track, e.g. `minmax(0, 2fr)` or `120px`. */
  width: string;
  /** What the cell shows, as text: a string, or a few text parts each with its class (badges, two lines). */
  cell(row: T): CellContent;
  /** The accessible name of the sort button; absent when the column does not sort. */
  sortLabel?: string;
}

interface Props<T> {
  /** The grid's accessible name. */
  label: string;
  rows: readonly T[];
  columns: readonly GridColumn<T>[];
  /** Fixed row height (px): what lets the grid render only the rows in view. */
  rowHeight?: number;
  /** Height of the scrolling area before it is measured (tests, first paint). */
  initialHeight?: number;
  sort?: { key: string; dir: 'asc' | 'desc' } | null;
  onSort?(key: string): void;
  empty?: ComponentChild;
  class?: string;
}

/** Rows kept rendered above and below the view, so a fast scroll shows no blank band. */
const OVERSCAN = 6;
let gridCount = 0;

/**
 * A table of any length with only the rows in view in the DOM (fixed row height). The grid itself
 * is the scroll area and takes the focus: arrows, Page Up/Down, Home/End move the active row
 * (`aria-activedescendant`), and screen readers get the full count from `aria-rowcount`.
 *
 * The rows are a fixed pool of elements (./row-pool.ts) repainted in place on scroll, outside Preact:
 * a frame of scrolling allocates almost nothing, so it does not bring on the garbage collections
 * that made the worst frames of a jump scroll.
 */
export function VirtualGrid<T>({ label, rows, columns, rowHeight = 32, initialHeight = 480, sort, onSort, empty, class: cls = '' }: Props<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const pool = useRef<RowPool<T> | null>(null);
  const [idBase] = useState(() => `vgrid-${++gridCount}`);
  const [viewport, setViewport] = useState(initialHeight);
  const [active, setActive] = useState(0);
  const frame = useRef(0);
  const template = columns.map((c) => c.width).join(' ');

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => el.clientHeight > 0 && setViewport(el.clientHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // A new list (filter, sort) starts at the top.
  useEffect(() => {
    setActive(0);
    if (ref.current) ref.current.scrollTop = 0;
    paint();
  }, [rows]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  /** Shows the rows in view; cheap when nothing changed, so it runs after every render and scroll. */
  function paint() {
    const grid = ref.current;
    if (!body.current || !grid) {
      pool.current = null;
      return;
    }
    if (pool.current?.body !== body.current) pool.current = new RowPool<T>(body.current, idBase);
    const size = Math.ceil(viewport / rowHeight) + 2 * OVERSCAN + 2;
    const first = Math.max(0, Math.floor(grid.scrollTop / rowHeight) - OVERSCAN);
    pool.current.paint({ rows, columns, rowHeight, active, first, count: size });
  }
  const latestPaint = useRef(paint);
  latestPaint.current = paint;
  useLayoutEffect(paint);

  function onScroll() {
    // One paint per frame, however many scroll events the frame had; no Preact render.
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      latestPaint.current();
    });
  }

  const headerHeight = rowHeight;
  const perView = Math.max(1, Math.floor((viewport - headerHeight) / rowHeight));

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    const el = ref.current;
    if (!el) return;
    const top = next * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + viewport - headerHeight) el.scrollTop = top + rowHeight - (viewport - headerHeight);
  }

  // One listener for every row.
  function onRowClick(e: MouseEvent) {
    const row = (e.target as Element).closest?.('[role="row"]');
    const index = Number(row?.getAttribute('aria-rowindex')) - 2;
    if (index >= 0) setActive(index);
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.target !== ref.current || rows.length === 0) return;
    const to = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + perView, PageUp: active - perView, Home: 0, End: rows.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    moveTo(to);
  }

  return (
    <div
      ref={ref}
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      aria-activedescendant={rows.length > 0 ? `${idBase}-r${active}` : undefined}
      tabIndex={0}
      class={`vgrid ${cls}`}
      style={{ '--vgrid-cols': template, '--vgrid-row-h': `${rowHeight}px` }}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
    >
      <div role="row" aria-rowindex={1} class="vgrid-head" style={{ gridTemplateColumns: template, height: `${headerHeight}px` }}>
        {columns.map((c) => {
          const sorted = sort?.key === c.id ? sort.dir : null;
          return (
            <div key={c.id} role="columnheader" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : c.sortLabel ? 'none' : undefined}>
              {c.sortLabel && onSort ? (
                <button type="button" class="vgrid-sort" aria-label={c.sortLabel} onClick={() => onSort(c.id)}>
                  {c.label}
                  <span aria-hidden="true" class="vgrid-arrow">
                    {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                  </span>
                </button>
              ) : (
                c.label
              )}
            </div>
          );
        })}
      </div>
      {rows.length === 0 ? (
        <div class="vgrid-empty">{empty}</div>
      ) : (
        // The pool owns this element's children; Preact renders none here.
        <div ref={body} role="rowgroup" class="vgrid-body" style={{ height: `${rows.length * rowHeight}px` }} onClick={onRowClick} />
      )}
    </div>
  );
}
