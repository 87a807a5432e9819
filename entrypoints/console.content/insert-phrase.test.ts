// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHAT_ADAPTERS } from '../../sites/registry';
import { insertPhrase } from './insert-phrase';
import { createPageReader } from './page-reader';

/** A Pinduoduo chat page with buyer `id`/`name` open (or none readable), and its reply box. */
function pddPage(open: { id: string; name: string } | null) {
  document.body.innerHTML = `
    <div class="chatWindowHeader"><div class="base-info"><span class="name">${open?.name ?? ''}</span></div></div>
    <ul>
      <li class="chat-item"><div class="chat-item-box ${open ? 'active' : ''}" data-random="${open?.id ?? '0'}-0-2">
        <span class="nickname-span">${open?.name ?? ''}</span></div></li>
    </ul>
    <textarea id="replyTextarea"></textarea>
    <div id="kefu-host"></div>`;
}

const reader = () => createPageReader(CHAT_ADAPTERS.pinduoduo, () => ({}));
const input = () => document.getElementById('replyTextarea') as HTMLTextAreaElement;
const host = () => document.getElementById('kefu-host')!;
const ZHANG = { id: '1001', name: '张先生' };
const LI = { id: '1002', name: '李女士' };
const TEXT = '您好，今天下午发货。';

describe('insertPhrase: the wrong-buyer guard', () => {
  it('refuses when the console switched to another buyer since the phrase was chosen, and leaves the draft alone', async () => {
    pddPage(LI);
    expect(await insertPhrase(reader(), TEXT, ZHANG, host())).toEqual({ kind: 'buyer-changed', from: '张先生', to: '李女士' });
    expect(input().value).toBe('');
  });

  it('inserts for the buyer it was chosen for', async () => {
    pddPage(ZHANG);
    expect(await insertPhrase(reader(), TEXT, ZHANG, host())).toEqual({ kind: 'inserted' });
    expect(input().value).toBe(TEXT);
  });

  it('compares ids, not names: a namesake in another conversation is another buyer', async () => {
    pddPage({ id: '2002', name: '张先生' });
    expect(await insertPhrase(reader(), TEXT, ZHANG, host())).toMatchObject({ kind: 'buyer-changed' });
    expect(input().value).toBe('');
  });

  it('inserts when no buyer could be read, then or now: there is nothing to compare (the sidebar reports the selector)', async () => {
    pddPage(null);
    expect(reader().readCurrentBuyer()).toBeNull();
    expect(await insertPhrase(reader(), TEXT, null, host())).toEqual({ kind: 'inserted' });
    expect(input().value).toBe(TEXT);

    pddPage(null);
    expect(await insertPhrase(reader(), TEXT, ZHANG, host())).toEqual({ kind: 'inserted' });
    expect(input().value).toBe(TEXT);
  });

  it('names the selector when the chat input is gone', async () => {
    pddPage(ZHANG);
    input().remove();
    expect(await insertPhrase(reader(), TEXT, ZHANG, host())).toEqual({ kind: 'no-input', selector: 'textarea#replyTextarea' });
  });
});

describe('insertPhrase: the clipboard fallback', () => {
  let copied: string[];
  let copyWorks: boolean;
  const original = document.execCommand;

  beforeEach(() => {
    copied = [];
    copyWorks = true;
    // happy-dom has no clipboard: record what is selected when `copy` runs, as the browser would copy it.
    document.execCommand = ((command: string) => {
      if (command !== 'copy') return false;
      const area = host().querySelector('textarea');
      if (copyWorks && area && area.selectionEnd - area.selectionStart === area.value.length) copied.push(area.value);
      return copyWorks;
    }) as typeof document.execCommand;
  });
  afterEach(() => {
    document.execCommand = original;
  });

  /** A console whose framework throws away any value it did not set itself (insertion can't be verified). */
  function rejectInput() {
    input().addEventListener('input', () => setTimeout(() => (input().value = ''), 0));
  }

  it('copies the phrase when the insertion did not stay in the chat input, and leaves no helper behind', async () => {
    pddPage(ZHANG);
    rejectInput();
    expect(await insertPhrase(reader(), TEXT, ZHANG, host())).toEqual({ kind: 'copied' });
    expect(copied).toEqual([TEXT]);
    expect(host().querySelector('textarea')).toBeNull();
  });

  it('says it failed when the copy fails too', async () => {
    pddPage(ZHANG);
    rejectInput();
    copyWorks = false;
    expect(await insertPhrase(reader(), TEXT, ZHANG, host())).toEqual({ kind: 'failed' });
  });

  it('does not copy when the insertion stayed', async () => {
    pddPage(ZHANG);
    expect(await insertPhrase(reader(), TEXT, ZHANG, host())).toEqual({ kind: 'inserted' });
    expect(copied).toEqual([]);
  });
});
