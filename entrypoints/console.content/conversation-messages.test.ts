// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { RECORD_MESSAGE_CHARS, RECORD_MESSAGES_MAX } from '../../components/records/conversation-read';
import { CHAT_ADAPTERS } from '../../sites/registry';
import { createPageReader } from './page-reader';

/** A Pinduoduo message list: `[side, text]`, side 'buyer' | 'cs' | 'robot' | 'card'; texts set as text. */
function pddMessages(msgs: [string, string][]) {
  const list = document.createElement('ul');
  msgs.forEach(([side, text], i) => {
    const li = document.createElement('li');
    li.className = 'onemsg';
    li.id = `middlePanel_list_${i}`;
    const who = document.createElement('div');
    who.className = side === 'buyer' || side === 'card' ? 'buyer-item' : 'cs-item';
    const p = document.createElement(side === 'card' ? 'a' : 'p');
    p.className = side === 'card' ? 'good-detail' : side === 'robot' ? 'msg-content-box robot-text' : 'msg-content-box';
    p.textContent = text;
    who.append(p);
    li.append(who);
    list.append(li);
  });
  const box = document.createElement('div');
  box.id = 'msgListContainer';
  box.append(list);
  document.body.replaceChildren(box);
}

const reader = () => createPageReader(CHAT_ADAPTERS.pinduoduo, () => ({}));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the conversation for a record', () => {
  it('keeps buyer and agent messages in page order with who wrote each; robot replies and product cards are neither', () => {
    pddMessages([['buyer', '在吗'], ['robot', '您好，我是智能助手'], ['cs', '在的亲'], ['card', '保温杯'], ['buyer', '什么时候发货？'], ['cs', '今天发'], ['buyer', '好的']]);
    expect(reader().readConversation()).toEqual({
      messages: [
        { from: 'buyer', text: '在吗' },
        { from: 'agent', text: '在的亲' },
        { from: 'buyer', text: '什么时候发货？' },
        { from: 'agent', text: '今天发' },
        { from: 'buyer', text: '好的' },
      ],
      cuts: { earlier: 0, long: 0 },
    });
  });

  it('is bounded: the latest messages, each cut, and says what it left out', () => {
    const many: [string, string][] = Array.from({ length: RECORD_MESSAGES_MAX + 10 }, (_, i) => [i % 2 ? 'cs' : 'buyer', `消息 ${i}`]);
    many.push(['buyer', 'x'.repeat(10_000)]);
    pddMessages(many);
    const read = reader().readConversation();
    expect(read.messages).toHaveLength(RECORD_MESSAGES_MAX);
    expect(read.messages.at(-1)!.text).toHaveLength(RECORD_MESSAGE_CHARS);
    expect(read.messages[0]!.text).toBe('消息 11');
    expect(read.cuts).toEqual({ earlier: 11, long: 1 });
  });

  it('reads hostile text as text and skips empty bubbles', () => {
    pddMessages([['buyer', '<img src=x onerror=alert(1)>'], ['cs', '   '], ['buyer', 'مرحبا 🙂']]);
    expect(reader().readConversation().messages).toEqual([
      { from: 'buyer', text: '<img src=x onerror=alert(1)>' },
      { from: 'buyer', text: 'مرحبا 🙂' },
    ]);
    expect(document.querySelector('img')).toBeNull();
  });

  it('is empty on a page without messages', () => {
    document.body.innerHTML = '<div>暂无会话</div>';
    expect(reader().readConversation()).toEqual({ messages: [], cuts: { earlier: 0, long: 0 } });
  });
});
