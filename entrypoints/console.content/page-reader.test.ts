// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createPageReader } from './page-reader';
import { CHAT_ADAPTERS } from '../../sites/registry';

const { doudian, pinduoduo } = CHAT_ADAPTERS;

const PDD_PAGE = `
  <div class="chatWindowHeader"><div class="base-info"><span class="name">张**</span></div></div>
  <ul class="timeout-unreply">
    <li class="chat-item"><div class="chat-item-box" data-random="1001-0-2">
      <div class="chat-detail"><span class="nickname-span">&lt;img src=x onerror=alert(1)&gt;</span></div>
      <div class="chat-time"><p class="chat-unreply-over-time">已等待3分钟</p></div>
    </div></li>
  </ul>
  <ul class="already-unreply">
    <li class="chat-item"><div class="chat-item-box active" data-random="1002-0-1">
      <div class="chat-portrait"><i></i></div>
      <div class="chat-detail"><span class="nickname-span">张**</span></div>
    </div></li>
  </ul>
  <div class="reply-box"><textarea id="replyTextarea"></textarea><div class="send-btn">发送</div></div>`;

describe('page reader on a Pinduoduo page', () => {
  beforeEach(() => {
    document.body.innerHTML = PDD_PAGE;
  });

  it('reads the current buyer with the uid from data-random', () => {
    const reader = createPageReader(pinduoduo, () => ({}));
    expect(reader.readCurrentBuyer()).toEqual({ id: '1002', name: '张**' });
  });

  it('reads rows with unread and waiting markers, names as plain text', () => {
    const rows = createPageReader(pinduoduo, () => ({})).readConversations();
    expect(rows).toEqual([
      { id: '1001', name: '<img src=x onerror=alert(1)>', active: false, unread: false, waiting: '已等待3分钟' },
      { id: '1002', name: '张**', active: true, unread: true, waiting: null },
    ]);
  });

  it('reads the wait text behind a 10,000-character name, and a timer split over elements', () => {
    document.querySelector('.chat-unreply-over-time')!.innerHTML = '已等待<b>3</b>分钟';
    expect(createPageReader(pinduoduo, () => ({})).readConversations()[0]!.waiting).toBe('已等待3分钟');
    document.querySelector('.timeout-unreply .nickname-span')!.textContent = '长'.repeat(10_000);
    document.querySelector('.chat-unreply-over-time')!.textContent = '已等待5分钟';
    expect(createPageReader(pinduoduo, () => ({})).readConversations()[0]).toMatchObject({ name: '长'.repeat(64), waiting: '已等待5分钟' });
  });

  it('finds the chat input, and not a renamed one', () => {
    expect(createPageReader(pinduoduo, () => ({})).findChatInput()?.id).toBe('replyTextarea');
    document.querySelector('textarea')!.id = 'replyTextarea2';
    expect(createPageReader(pinduoduo, () => ({})).findChatInput()).toBeNull();
  });

  it('uses an override selector, and names an invalid one instead of throwing', () => {
    document.querySelector('textarea')!.id = 'replyTextarea2';
    let overrides: Record<string, string> = { chatInput: '#replyTextarea2' };
    const reader = createPageReader(pinduoduo, () => overrides);
    expect(reader.findChatInput()?.id).toBe('replyTextarea2');
    overrides = { chatInput: 'textarea[[' };
    expect(reader.findChatInput()).toBeNull();
    expect(reader.invalidParts()).toEqual(['chatInput']);
  });

  it('bounds long page text', () => {
    document.querySelector('.base-info .name')!.textContent = '长'.repeat(500);
    document.querySelector('.active')!.classList.remove('active');
    expect(createPageReader(pinduoduo, () => ({})).readCurrentBuyer()?.name).toHaveLength(64);
  });

  it('reads at most 200 conversation rows, the first ones the console lists', () => {
    const list = document.querySelector('ul.timeout-unreply')!;
    for (let i = 0; i < 300; i++) {
      const li = document.createElement('li');
      li.className = 'chat-item';
      li.innerHTML = `<div class="chat-item-box" data-random="${3000 + i}-0-1"><div class="chat-detail"><span class="nickname-span"></span></div></div>`;
      li.querySelector('.nickname-span')!.textContent = `买家${i}`;
      list.appendChild(li);
    }
    const rows = createPageReader(pinduoduo, () => ({})).readConversations();
    expect(rows).toHaveLength(200);
    expect(rows[0]!.id).toBe('1001');
    expect(rows[199]!.name).toBe('买家198');
  });

  it('reads hostile names as bounded plain text: no markup, controls or bidi overrides', () => {
    const name = document.querySelector('.base-info .name')!;
    name.textContent = '\u202Egnp.exe\u0000<img src=x onerror=alert(1)>' + '😀'.repeat(100);
    document.querySelector('.active')!.classList.remove('active');
    const buyer = createPageReader(pinduoduo, () => ({})).readCurrentBuyer()!;
    expect(buyer.name.startsWith('gnp.exe <img src=x onerror=alert(1)>')).toBe(true);
    expect(buyer.name.length).toBeLessThanOrEqual(64);
    expect(buyer.name).toMatch(/😀$/);
  });
});

describe('page reader on a Doudian page', () => {
  it('reads a name without the warning tag next to it', () => {
    document.body.innerHTML = `
      <div id="chantListScrollArea">
        <div data-kora="conversation" data-qa-id="qa-conversation-chat-item" aria-selected="true" data-btm-id="a.b.c77.current">
          <div class="index_NameContent__x1">王女士<span class="index_WarnTag__y2">服务态度预警</span></div>
          <sup class="auxo-badge-count">2</sup>
        </div>
      </div>
      <div id="topbar-left-info"><span class="index_NameContent__x1">王女士</span></div>`;
    const reader = createPageReader(doudian, () => ({}));
    // The badge's number is the radar's unread count.
    expect(reader.readConversations()).toEqual([{ id: 'a.b.c77', name: '王女士', active: true, unread: true, unreadCount: 2, waiting: null }]);
    expect(reader.readCurrentBuyer()).toEqual({ id: 'a.b.c77', name: '王女士' });
  });
});

describe('waiting buyers on a Doudian page', () => {
  it('counts the current sessions with their bare timers, not recent contacts', () => {
    document.body.innerHTML = `
      <div id="chantListScrollArea">
        <div data-btm="message_group_name_waitReply">待回复（1）</div>
        <div data-kora="conversation" data-qa-id="qa-conversation-chat-item" data-btm-id="a.b.c1.current">
          <div class="index_NameContent__x1">小鹿</div><span class="index_WaitTime__q9">45秒</span>
        </div>
        <div data-btm="message_group_name_recent">最近联系</div>
        <div data-kora="conversation" data-qa-id="qa-conversation-chat-item" data-btm-id="a.b.c2.recent">
          <div class="index_NameContent__x1">阿杰</div><span>昨天 等了3分钟</span>
        </div>
      </div>`;
    const rows = createPageReader(doudian, () => ({})).readConversations();
    expect(rows.map((r) => [r.name, r.waiting])).toEqual([
      ['小鹿', '45秒'],
      ['阿杰', null],
    ]);
  });
});
