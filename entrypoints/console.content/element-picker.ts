/**
 * Lets the agent point at a part of the console with the mouse (when a console changed and a
 * selector finds nothing). While picking, the page gets no clicks: a click only chooses.
 * Resolves with the element clicked, or null on Escape or when `signal` aborts (the agent pressed
 * Escape in the sidebar frame, or picking was asked again).
 */
export function pickElement(options: { highlightHost: ShadowRoot; ignore: Element; signal: AbortSignal }): Promise<Element | null> {
  const { highlightHost, ignore, signal } = options;
  const box = document.createElement('div');
  box.className = 'picker-highlight';
  highlightHost.appendChild(box);

  return new Promise((resolve) => {
    const stop = new AbortController();
    const opts = { capture: true, signal: stop.signal };
    const finish = (el: Element | null) => {
      stop.abort();
      box.remove();
      resolve(el);
    };
    // Only the agent's own pointer counts: a page script's synthetic events neither pick nor are swallowed.
    const target = (e: Event) => {
      if (!e.isTrusted) return null;
      const el = e.target instanceof Element ? e.target : null;
      return el && el !== ignore && !ignore.contains(el) ? el : null;
    };
    // The console must not act on the press that picks (switch a conversation, press send).
    const swallow = (e: Event) => {
      if (!target(e)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    window.addEventListener(
      'mousemove',
      (e) => {
        const el = target(e);
        if (!el) return void (box.style.display = 'none');
        const r = el.getBoundingClientRect();
        Object.assign(box.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
      },
      opts,
    );
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const) window.addEventListener(type, swallow, opts);
    window.addEventListener(
      'click',
      (e) => {
        const el = target(e);
        if (!el) return;
        swallow(e);
        finish(el);
      },
      opts,
    );
    window.addEventListener('keydown', (e) => e.isTrusted && e.key === 'Escape' && finish(null), opts);
    signal.addEventListener('abort', () => finish(null), { signal: stop.signal });
  });
}
