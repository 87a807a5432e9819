// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageReader } from './page-reader';
import { watchPage } from './page-watch';
import { CHAT_ADAPTERS } from '../../sites/registry';

const { pinduoduo, doudian, jd } = CHAT_ADAPTERS;

/** A Pinduoduo message list as CONSOLES.md describes it: `[side, text]`, side 'buyer' | 'cs' | 'robot' | 'card'. */
function pddMessages(msgs: [string, string][], order?: string) {
  const items = msgs.map(([side, text], i) => {
    if (side === 'card') return `<li class="onemsg" id="middlePanel_list_${i}"><div class="buyer-item"><div class="good-card"><a class="good-detail">${text}</a></div></div></li>`;
    const who = side === 'buyer' ? 'buyer-item' : 'cs-item';
    const cls = side === 'robot' ? 'msg-content-box robot-text' : 'msg-content-box';
    return `<li class="onemsg" id="middlePanel_list_${i}"><div class="${who}"><div class="msg-content"><p class="${cls}">${text}</p></div></div></li>`;
  });
  document.body.innerHTML = `
    <div id="msgListContainer"><ul class="msg-list">${items.join('')}</ul></div>
    <div class="right-panel"><div class="order-panel">${order === undefined ? '<div>暂无订单</div>' : `<div class="order-item"><span class="order-status">${order}</span></div>`}</div></div>`;
}

const pdd = (overrides: Record<string, string> = {}) => createPageReader(pinduoduo, () => overrides);

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('the count of unanswered buyer messages (the radar)', () => {
  it('counts the buyer messages after the last agent message; a robot reply is no answer', () => {
    pddMessages([['buyer', '在吗'], ['robot', '您好'], ['cs', '在的亲'], ['buyer', '发货？'], ['robot', '自动回复'], ['buyer', ''], ['buyer', '包邮吗']]);
    expect(pdd().readUnansweredCount()).toBe(3);
    pddMessages([['buyer', '包邮吗'], ['cs', '包邮的亲']]);
    expect(pdd().readUnansweredCount()).toBe(0);
    pddMessages([]);
    expect(pdd().readUnansweredCount()).toBe(0);
  });

  it('stops at 99 however many the buyer wrote', () => {
    pddMessages(Array.from({ length: 150 }, (_, i): [string, string] => ['buyer', `第${i}条`]));
    expect(pdd().readUnansweredCount()).toBe(99);
  });
});

describe('the buyer messages waiting for an answer', () => {
  it('are the buyer messages after the last agent message, oldest first, product cards left out', () => {
    pddMessages([['buyer', '在吗'], ['cs', '在的亲'], ['buyer', '这个杯子什么时候发货？'], ['card', '保温杯'], ['buyer', '包邮吗']]);
    expect(pdd().readBuyerMessages()).toEqual(['这个杯子什么时候发货？', '包邮吗']);
  });

  it('are none once the agent has answered, or when the conversation is empty', () => {
    pddMessages([['buyer', '包邮吗'], ['cs', '包邮的亲']]);
    expect(pdd().readBuyerMessages()).toEqual([]);
    pddMessages([]);
    expect(pdd().readBuyerMessages()).toEqual([]);
  });

  it('still wait after a robot auto-reply', () => {
    pddMessages([['buyer', '在吗'], ['robot', '您好，我是智能助手'], ['buyer', '包邮吗']]);
    expect(pdd().readBuyerMessages()).toEqual(['在吗', '包邮吗']);
  });

  it('are the latest five at most, each as plain text without control characters', () => {
    pddMessages(Array.from({ length: 8 }, (_, i): [string, string] => ['buyer', `问题${i}`]));
    document.querySelector('.buyer-item p')!.textContent = 'x';
    const last = [...document.querySelectorAll('.buyer-item p')].pop()!;
    last.textContent = '<img src=x onerror=alert(1)>\u0007\n  第二行\t';
    expect(pdd().readBuyerMessages()).toEqual(['问题3', '问题4', '问题5', '问题6', '<img src=x onerror=alert(1)> 第二行']);
  });

  it('cut a 10,000-character message to 500 characters without reading the rest of it', () => {
    pddMessages([['buyer', '包邮吗']]);
    const p = document.querySelector('.buyer-item p')!;
    p.textContent = '';
    // 10,000 characters in as many text nodes: the reader must stop after the first 500.
    for (let i = 0; i < 10_000; i++) p.append(document.createTextNode(i < 499 ? '长' : '!'));
    // Building the whole text (textContent, innerText) of the message or what holds it is what must not happen.
    for (let el: Element | null = p; el; el = el.parentElement) {
      for (const name of ['textContent', 'innerText']) {
        Object.defineProperty(el, name, { get: () => { throw new Error(`${name} of a whole message read`); } });
      }
    }
    const data = Object.getOwnPropertyDescriptor(CharacterData.prototype, 'data')!;
    let reads = 0;
    vi.spyOn(CharacterData.prototype, 'data', 'get').mockImplementation(function (this: CharacterData) {
      reads++;
      return data.get!.call(this);
    });
    const [message] = pdd().readBuyerMessages();
    expect(message).toBe('长'.repeat(499) + '!');
    expect(reads).toBeLessThanOrEqual(500);
  });

  it('are read from Doudian and JD pages too, system lines being no answer', () => {
    document.body.innerHTML = `
      <div data-qa-id="qa-message-warpper">
        <div class="leaveMessage messageNotMe x_1"><pre>你好</pre></div>
        <div class="leaveMessage messageIsMe x_1"><pre>您好，在的</pre></div>
        <div class="leaveMessage messageNotMe x_1"><pre>有L码吗</pre></div>
      </div>`;
    expect(createPageReader(doudian, () => ({})).readBuyerMessages()).toEqual(['有L码吗']);
    document.body.innerHTML = `
      <div id="t-chat-scroll"><div class="c-wrap"><div class="c-c">
        <div class="message"><div class="message_left"><pre class="message__text"><span class="message__content">你好</span></pre></div></div>
        <div class="message__system_wrap"><span class="message__system">客服 小京 已接入</span></div>
        <div class="message"><div class="message_left"><pre class="message__text"><span class="message__content">包邮吗</span></pre></div></div>
      </div></div></div>`;
    expect(createPageReader(jd, () => ({})).readBuyerMessages()).toEqual(['你好', '包邮吗']);
  });

  it('follow an override, and an invalid one is named like any other part', () => {
    pddMessages([['buyer', '包邮吗']]);
    expect(pdd({ buyerMessage: '.buyer-item .msg-content' }).readBuyerMessages()).toEqual(['包邮吗']);
    const reader = pdd({ buyerMessage: 'p[[', agentMessage: '.cs-item((' });
    expect(reader.readBuyerMessages()).toEqual([]);
    expect(reader.invalidParts().sort()).toEqual(['agentMessage', 'buyerMessage']);
  });
});

describe('the order status', () => {
  it('is the first status the page shows, bounded, or null', () => {
    pddMessages([['buyer', '发货了吗']], '\n      待发货\n    ');
    expect(pdd().readOrderStatus()).toBe('待发货');
    pddMessages([['buyer', '发货了吗']], '状'.repeat(100));
    expect(pdd().readOrderStatus()).toBe('状'.repeat(40));
    pddMessages([['buyer', '发货了吗']]);
    expect(pdd().readOrderStatus()).toBeNull();
    pddMessages([['buyer', '发货了吗']], '   ');
    expect(pdd().readOrderStatus()).toBeNull();
  });
});

describe('watching the page', () => {
  it('carries the messages and status, changes only when they do, and reports a bad selector', () => {
    pddMessages([['buyer', '包邮吗']], '待发货');
    const abort = new AbortController();
    let overrides: Record<string, string> = {};
    const page = watchPage(createPageReader(pinduoduo, () => overrides), abort.signal);
    expect(page.buyerMessages.value).toEqual(['包邮吗']);
    expect(page.orderStatus.value).toBe('待发货');

    const before = page.buyerMessages.value;
    page.refresh();
    expect(page.buyerMessages.value).toBe(before);

    document.querySelector('.msg-list')!.insertAdjacentHTML('beforeend', '<li class="onemsg"><div class="cs-item"><div class="msg-content"><p class="msg-content-box">包邮的亲</p></div></div></li>');
    document.querySelector('.order-panel')!.textContent = '';
    page.refresh();
    expect(page.buyerMessages.value).toEqual([]);
    expect(page.orderStatus.value).toBeNull();

    overrides = { orderStatus: '.order-status[' };
    page.refresh();
    expect(page.problems.value).toContainEqual({ kind: 'invalid-selector', part: 'orderStatus', selector: '.order-status[' });
    abort.abort();
  });
});
