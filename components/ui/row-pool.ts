/** What a grid cell shows, always as text: a string, or a few parts each with its own class. */
export type CellContent = string | readonly CellPart[];
export interface CellPart {
  text: string;
  class: string;
}

interface Column<T> {
  id: string;
  cell(row: T): CellContent;
}

/** One text node, written only when its text changes. */
class TextSlot {
  readonly node = document.createTextNode('');
  set(text: string) {
    if (this.node.data !== text) this.node.data = text;
  }
}

/** A span of a parts cell. */
class PartSlot {
  readonly el = document.createElement('span');
  readonly text = new TextSlot();
  private cls = '';
  constructor() {
    this.el.append(this.text.node);
  }
  set(part: CellPart) {
    // The whole text as a tooltip too: a narrow column cuts long names and badges short.
    if (this.text.node.data !== part.text) this.el.title = part.text;
    this.text.set(part.text);
    if (this.cls !== part.class) this.el.className = this.cls = part.class;
  }
}

class CellSlot {
  readonly el = document.createElement('div');
  private readonly text = new TextSlot();
  /** Every span made for this cell; the first `shown` are in the DOM, the rest wait detached. */
  private readonly parts: PartSlot[] = [];
  private shown = 0;
  constructor(columnId: string) {
    this.el.setAttribute('role', 'gridcell');
    this.el.className = `vgrid-cell cell-${columnId}`;
    this.el.append(this.text.node);
  }
  set(content: CellContent) {
    const parts = typeof content === 'string' ? [] : content;
    this.text.set(typeof content === 'string' ? content : '');
    while (this.parts.length < parts.length) this.parts.push(new PartSlot());
    for (; this.shown < parts.length; this.shown++) this.el.append(this.parts[this.shown]!.el);
    for (; this.shown > parts.length; this.shown--) this.parts[this.shown - 1]!.el.remove();
    for (let i = 0; i < parts.length; i++) this.parts[i]!.set(parts[i]!);
  }
}

class RowSlot<T> {
  readonly el = document.createElement('div');
  readonly cells: CellSlot[];
  index = -1;
  top = -1;
  row: T | undefined;
  selected = false;
  generation = -1;
  constructor(columns: readonly Column<T>[]) {
    this.el.setAttribute('role', 'row');
    this.el.className = 'vgrid-row';
    this.cells = columns.map((c) => new CellSlot(c.id));
    this.el.append(...this.cells.map((c) => c.el));
  }
}

export interface PoolView<T> {
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowHeight: number;
  active: number;
  /** Index of the first row to show, and how many rows from there. */
  first: number;
  count: number;
}

/**
 * The grid's rows as a fixed set of elements, repainted in place: slot k shows row `first + k`, so
 * the DOM order is the reading order, and a scroll only rewrites text nodes, attributes and a
 * transform. Elements are made when the pool grows (first paint, a taller viewport, other columns);
 * slots and badge spans not needed (the list's end, fewer reasons) are detached and kept for later,
 * so the DOM holds only what is shown.
 */
export class RowPool<T> {
  /** Every slot made; the first `shown` are in the DOM (in row order), the rest wait detached. */
  private slots: RowSlot<T>[] = [];
  private shown = 0;
  private columns: readonly Column<T>[] = [];
  private columnKey = '';
  private generation = 0;

  constructor(
    readonly body: HTMLElement,
    private readonly idBase: string,
  ) {}

  paint({ rows, columns, rowHeight, active, first, count }: PoolView<T>): void {
    if (columns !== this.columns) {
      const key = columns.map((c) => c.id).join('\n');
      if (key !== this.columnKey) {
        for (const slot of this.slots) slot.el.remove();
        this.slots = [];
        this.shown = 0;
        this.columnKey = key;
      }
      this.columns = columns;
      this.generation++; // same ids, new cell functions (language, names): repaint every slot
    }
    count = Math.max(0, Math.min(count, rows.length - first));
    while (this.slots.length < count) this.slots.push(new RowSlot(columns));
    for (; this.shown < count; this.shown++) this.body.append(this.slots[this.shown]!.el);
    for (; this.shown > count; this.shown--) this.slots[this.shown - 1]!.el.remove();
    for (let k = 0; k < count; k++) {
      const slot = this.slots[k]!;
      const index = first + k;
      const row = rows[index]!;
      const selected = index === active;
      if (slot.index !== index) {
        slot.index = index;
        slot.el.id = `${this.idBase}-r${index}`;
        slot.el.setAttribute('aria-rowindex', String(index + 2));
      }
      if (slot.top !== index * rowHeight) {
        slot.top = index * rowHeight;
        slot.el.style.transform = `translateY(${slot.top}px)`;
      }
      if (slot.selected !== selected || slot.generation !== this.generation) {
        slot.selected = selected;
        slot.el.setAttribute('aria-selected', String(selected));
      }
      if (slot.row !== row || slot.generation !== this.generation) {
        slot.row = row;
        for (let c = 0; c < columns.length; c++) slot.cells[c]!.set(columns[c]!.cell(row));
      }
      slot.generation = this.generation;
    }
  }
}
