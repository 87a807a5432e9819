// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyInstead, copyText, writeClipboard } from './copy-text';

/** The clipboard as the browser would fill it: what the async API wrote, or what a `copy` listener set. */
let clipboard: string | null;

function asyncApi(works: boolean) {
  vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text: string) => {
    if (!works) throw new DOMException('Document is not focused.', 'NotAllowedError');
    clipboard = text;
  });
}

/** `execCommand('copy')` as Chromium runs it: a `copy` event whose clipboardData listeners may set. */
function copyCommand(result: boolean, { fireEvent = true } = {}) {
  document.execCommand = ((command: string) => {
    if (command !== 'copy') return false;
    if (result && fireEvent) {
      const data = new DataTransfer();
      const event = new ClipboardEvent('copy', { clipboardData: data, cancelable: true });
      document.dispatchEvent(event);
      if (event.defaultPrevented) clipboard = data.getData('text/plain');
    }
    return result;
  }) as typeof document.execCommand;
}

afterEach(() => {
  vi.restoreAllMocks();
  clipboard = null;
});

const TEXT = 'AT&amp;T 订单已发货 📦\n第二行';

describe('copying from our own frame', () => {
  it('uses the async Clipboard API first (it fires no copy event a listener could rewrite)', async () => {
    asyncApi(true);
    copyCommand(true);
    const copyEvents = vi.fn();
    document.addEventListener('copy', copyEvents);
    expect(await writeClipboard(TEXT)).toBe(true);
    expect(clipboard).toBe(TEXT);
    expect(copyEvents).not.toHaveBeenCalled();
    document.removeEventListener('copy', copyEvents);
  });

  it('when the async API refuses (our frame lost the focus), copies through our own copy event, exact text', async () => {
    asyncApi(false);
    copyCommand(true);
    expect(await writeClipboard(TEXT)).toBe(true);
    expect(clipboard).toBe(TEXT);
  });

  it('is not "copied" when the copy command fails or never let our listener set the data', async () => {
    asyncApi(false);
    copyCommand(false);
    expect(await writeClipboard(TEXT)).toBe(false);
    copyCommand(true, { fireEvent: false });
    expect(await writeClipboard(TEXT)).toBe(false);
    expect(clipboard).toBeNull();
  });

  it('an insertion fallback says copied only when it is true; otherwise it hands back the text to copy by hand', async () => {
    asyncApi(true);
    expect(await copyInstead(TEXT)).toEqual({ kind: 'copied' });
    vi.restoreAllMocks();
    asyncApi(false);
    copyCommand(false);
    expect(await copyInstead(TEXT)).toEqual({ kind: 'failed', text: TEXT });
    expect(await copyText(TEXT)).toEqual({ kind: 'failed', text: TEXT });
  });
});
