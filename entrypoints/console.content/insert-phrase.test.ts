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
    <textarea id="replyTextarea"></textarea>`;
}

const reader = () => createPageReader(CHAT_ADAPTERS.pinduoduo, () => ({}));
const input = () => document.getElementById('replyTextarea') as HTMLTextAreaElement;
const ZHANG = { id: '1001', name: '张先生' };
const LI = { id: '1002', name: '李女士' };
const TEXT = '您好，今天下午发货。';

describe('insertPhrase: the wrong-buyer guard', () => {
  it('refuses when the console switched to another buyer since the phrase was chosen, and leaves the draft alone', async () => {
    pddPage(LI);
    expect(await insertPhrase(reader(), TEXT, ZHANG)).toEqual({ kind: 'buyer-changed', from: '张先生', to: '李女士' });
    expect(input().value).toBe('');
  });

  it('inserts for the buyer it was chosen for', async () => {
    pddPage(ZHANG);
    expect(await insertPhrase(reader(), TEXT, ZHANG)).toEqual({ kind: 'inserted' });
    expect(input().value).toBe(TEXT);
  });

  it('compares ids, not names: a namesake in another conversation is another buyer', async () => {
    pddPage({ id: '2002', name: '张先生' });
    expect(await insertPhrase(reader(), TEXT, ZHANG)).toMatchObject({ kind: 'buyer-changed' });
    expect(input().value).toBe('');
  });

  it('inserts when no buyer could be read, then or now: there is nothing to compare (the sidebar reports the selector)', async () => {
    pddPage(null);
    expect(reader().readCurrentBuyer()).toBeNull();
    expect(await insertPhrase(reader(), TEXT, null)).toEqual({ kind: 'inserted' });
    expect(input().value).toBe(TEXT);

    pddPage(null);
    expect(await insertPhrase(reader(), TEXT, ZHANG)).toEqual({ kind: 'inserted' });
    expect(input().value).toBe(TEXT);
  });

  it('names the selector when the chat input is gone', async () => {
    pddPage(ZHANG);
    input().remove();
    expect(await insertPhrase(reader(), TEXT, ZHANG)).toEqual({ kind: 'no-input', selector: 'textarea#replyTextarea' });
  });
});

describe('insertPhrase: no copying in the console page', () => {
  let pageCopies: number;
  const countCopies = () => pageCopies++;
  beforeEach(() => {
    pageCopies = 0;
    // A console could rewrite any copy made in its document: none may happen here.
    document.addEventListener('copy', countCopies, true);
  });
  afterEach(() => document.removeEventListener('copy', countCopies, true));

  /** A console whose framework throws away any value it did not set itself (insertion can't be verified). */
  function rejectInput() {
    input().addEventListener('input', () => setTimeout(() => (input().value = ''), 0));
  }

  it('says not-inserted when the text did not stay in the chat input, so the sidebar frame copies it; the page sees no copy', async () => {
    pddPage(ZHANG);
    rejectInput();
    expect(await insertPhrase(reader(), TEXT, ZHANG)).toEqual({ kind: 'not-inserted' });
    expect(pageCopies).toBe(0);
    expect(document.querySelectorAll('textarea')).toHaveLength(1);
  });

  it('says inserted when the insertion stayed', async () => {
    pddPage(ZHANG);
    expect(await insertPhrase(reader(), TEXT, ZHANG)).toEqual({ kind: 'inserted' });
    expect(pageCopies).toBe(0);
  });
});
