import type { RowLabel } from '../../components/sidebar/frame-channel';

/**
 * Badges beside the rows the sidebar marked (abnormal relations, with their reasons), drawn in our
 * closed shadow root over the page: the page's rows and data stay untouched, and its scripts can't
 * see the marks. Redrawn when the rows change (the table turned a page), on scroll and on resize.
 */
export function createRowMarks(options: { layer: HTMLElement; rows: () => { key: string; row: Element }[]; signal: AbortSignal }) {
  const { layer, rows, signal } = options;
  layer.className = 'row-marks';
  let marks = new Map<string, string[]>();
  let scheduled = false;

  function draw() {
    scheduled = false;
    if (marks.size === 0) return void layer.replaceChildren();
    const badges: HTMLElement[] = [];
    for (const { key, row } of rows()) {
      const labels = marks.get(key);
      if (!labels) continue;
      const r = row.getBoundingClientRect();
      if (r.bottom < 0 || r.top > innerHeight || r.width === 0) continue;
      const badge = document.createElement('div');
      badge.className = 'row-mark';
      badge.style.top = `${r.top + r.height / 2}px`;
      badge.style.left = `${r.right - 6}px`;
      for (const label of labels) {
        const reason = document.createElement('span');
        reason.className = 'row-mark-reason';
        reason.textContent = label;
        badge.append(reason);
      }
      badges.push(badge);
    }
    layer.replaceChildren(...badges);
  }
  function schedule() {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    requestAnimationFrame(draw);
  }

  const observer = new MutationObserver(schedule);
  observer.observe(document.body ?? document.documentElement, { subtree: true, childList: true, characterData: true });
  const passive = { capture: true, passive: true, signal };
  window.addEventListener('scroll', schedule, passive);
  window.addEventListener('resize', schedule, passive);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    layer.remove();
  });

  return {
    set(next: RowLabel[]) {
      marks = new Map(next.map((m) => [m.key, m.labels]));
      schedule();
    },
  };
}
