// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Suggestion } from '../../components/sidebar/frame-channel';
import { watchChatTrigger } from './chat-trigger';
import type { PageReader } from './page-reader';

const HITS: Suggestion[] = [
  { id: 'phr_fh', title: '发货时间', text: '付款后48小时内发货' },
  { id: 'phr_cf', title: '催发货', text: '已催仓库尽快发货' },
];

/** happy-dom has no `isTrusted`; a browser sets it on the agent's own input. */
function fire<E extends Event>(target: EventTarget, event: E, trusted: boolean): E {
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  target.dispatchEvent(event);
  return event;
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the /code trigger in the chat input', () => {
  let input: HTMLTextAreaElement;
  let abort: AbortController;
  let accepted: string[];
  let search: ReturnType<typeof vi.fn<(query: string) => Promise<Suggestion[]>>>;
  let trigger: ReturnType<typeof watchChatTrigger>;
  /** What the console itself hears: keys that got past the trigger. */
  let consoleHeard: string[];

  beforeEach(() => {
    input = document.createElement('textarea');
    document.body.append(input);
    abort = new AbortController();
    accepted = [];
    consoleHeard = [];
    for (const type of ['keydown', 'keypress', 'keyup']) input.addEventListener(type, (e) => consoleHeard.push(`${type}:${(e as KeyboardEvent).key}`));
    search = vi.fn(async (query: string) => (query === 'fh' ? HITS : []));
    const reader = { findChatInput: () => input } as unknown as PageReader;
    trigger = watchChatTrigger({ reader, search, onAccept: (id) => accepted.push(id), signal: abort.signal });
  });
  afterEach(() => {
    abort.abort();
    input.remove();
  });

  async function typeInto(text: string, trusted = true) {
    input.focus();
    input.value = text;
    input.setSelectionRange(text.length, text.length);
    fire(input, new InputEvent('input', { bubbles: true }), trusted);
    await settle();
  }
  const key = (type: 'keydown' | 'keypress' | 'keyup', k: string, trusted = true, init: KeyboardEventInit = {}) =>
    fire(input, new KeyboardEvent(type, { key: k, bubbles: true, cancelable: true, ...init }), trusted);

  it('asks for suggestions when the agent types /fh, and shows them', async () => {
    await typeInto('您好 /fh');
    expect(search).toHaveBeenCalledWith('fh');
    expect(trigger.state.value?.hits).toEqual(HITS);
  });

  it('ignores input a page script made', async () => {
    await typeInto('您好 /fh', false);
    expect(search).not.toHaveBeenCalled();
    expect(trigger.state.value).toBeNull();
  });

  it('accepts on Enter and keeps every key from the console until Enter is released, auto-repeat included', async () => {
    await typeInto('您好 /fh');
    expect(key('keydown', 'Enter').defaultPrevented).toBe(true);
    expect(accepted).toEqual(['phr_fh']);
    expect(input.value).toBe('您好 ');
    // Enter held down: the keyboard repeats it into the chat input, which would send.
    for (let i = 0; i < 3; i++) key('keydown', 'Enter', true, { repeat: true });
    key('keypress', 'Enter', true, { repeat: true });
    key('keyup', 'Enter');
    expect(consoleHeard).toEqual([]);
    // Released: the console has its keys back.
    key('keydown', 'a');
    expect(consoleHeard).toEqual(['keydown:a']);
  });

  it('lets a page script neither accept nor move the suggestion', async () => {
    await typeInto('您好 /fh');
    key('keydown', 'ArrowDown', false);
    key('keydown', 'Enter', false);
    expect(accepted).toEqual([]);
    expect(trigger.state.value?.active).toBe(0);
    key('keydown', 'ArrowDown');
    key('keydown', 'Tab');
    expect(accepted).toEqual(['phr_cf']);
  });

  it('leaves Enter to the console when no list is open', async () => {
    await typeInto('/zzqx');
    expect(trigger.state.value).toBeNull();
    expect(key('keydown', 'Enter').defaultPrevented).toBe(false);
    expect(consoleHeard).toEqual(['keydown:Enter']);
  });

  it('shows only the latest query’s answer when answers come back out of order', async () => {
    let answerFirst: (hits: Suggestion[]) => void = () => undefined;
    search.mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)));
    await typeInto('/f');
    await typeInto('/fh');
    answerFirst([{ id: 'phr_old', title: '旧', text: '旧的' }]);
    await settle();
    expect(trigger.state.value?.hits).toEqual(HITS);
  });
});
