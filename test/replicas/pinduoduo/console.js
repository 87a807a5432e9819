/**
 * Pinduoduo merchant chat (Vue 2): what differs from the shared fake console — buyers, markup, and
 * the chat input (textarea#replyTextarea, v-model: state from `input` events; Enter keydown sends).
 */
import { el, startFakeConsole } from '../shared/fake-console.js';

const group = { timeout: 'timeout-unreply', five: 'five-minute', done: 'already-unreply' };
const titles = { [group.timeout]: '已超时', [group.five]: '5分钟内需回复', [group.done]: '已被自动回复' };
const buyers = [
  { id: '7301001', name: '张**', group: group.five, wait: '50秒后超时', unread: true, note: '10:21', order: '待发货',
    msgs: [['buyer', '在吗'], ['robot', '您好，我是店铺智能助手，请问有什么可以帮您？'], ['cs', '在的亲'],
      ['buyer', '你好，这个杯子什么时候发货？'], ['card', '保温杯 500ml', '¥59.00', '601099512345']] },
  { id: '7301002', name: '<img src=x onerror=alert(1)>', group: group.timeout, wait: '已等待3分钟', unread: true, note: '10:18',
    msgs: [['buyer', '在吗？']] },
  { id: '7301003', name: '李先生', group: group.timeout, wait: '已等待1小时', unread: false, note: '09:02', order: '已发货',
    msgs: [['buyer', '可以开发票吗'], ['cs', '可以的亲，下单后联系客服备注抬头即可']] },
  { id: '7301004', name: 'pdd_8823**', group: group.done, wait: '', unread: false, note: '昨天',
    msgs: [['buyer', '退货地址发我一下'], ['cs', '好的亲，稍等']] },
  { id: '7301005', name: '王女士', group: group.done, wait: '', unread: false, note: '昨天',
    msgs: [['buyer', '颜色能换成蓝色吗？']] },
  // The robot's auto-reply is no answer: both buyer messages still wait for the agent.
  { id: '7301006', name: '陈**', group: group.done, wait: '', unread: false, note: '周一',
    msgs: [['buyer', '好评返现怎么弄'], ['robot', '您好，我是店铺智能助手，请问有什么可以帮您？'], ['buyer', '包邮吗']] },
];
let msgSeq = 1000;

function renderList(app) {
  const wrap = document.getElementById('chatList');
  wrap.textContent = '';
  wrap.appendChild(el('div', 'list-head', '当前咨询（' + app.buyers.length + '）'));
  if (!app.buyers.length) return wrap.appendChild(el('div', 'empty-tip', '暂无会话'));
  for (const g of [group.timeout, group.five, group.done]) {
    const rows = app.buyers.filter((b) => b.group === g);
    if (!rows.length) continue;
    wrap.appendChild(el('div', 'chat-list-title', titles[g]));
    const ul = el('ul', g);
    for (const b of rows) {
      const li = el('li', 'chat-item');
      const box = el('div', 'chat-item-box' + (b.id === app.state.currentBuyerId ? ' active' : '') + (b.unread ? ' un-watch' : ''));
      box.setAttribute('data-random', b.id + '-0-' + (g === group.done ? 2 : 1));
      const portrait = el('div', 'chat-portrait', '买');
      if (b.unread) portrait.appendChild(el('i'));
      const detail = el('div', 'chat-detail');
      detail.appendChild(el('span', 'nickname-span', b.name));
      const last = b.msgs[b.msgs.length - 1];
      detail.appendChild(el('p', 'chat-message-content', last[0] === 'card' ? '[商品]' + last[1] : last[1]));
      const time = el('div', 'chat-time');
      time.appendChild(el('p', 'item-note', b.note));
      if (b.wait) time.appendChild(el('span', /^已等待/.test(b.wait) ? 'chat-unreply-over-time' : 'chat-unreply-time', b.wait));
      box.append(portrait, detail, time);
      app.switchesTo(box, b.id);
      li.appendChild(box);
      ul.appendChild(li);
    }
    wrap.appendChild(ul);
  }
}

function renderChat(app) {
  const b = app.current();
  document.querySelector('.chatWindowHeader .base-info .name').textContent = b ? b.name : '';
  document.querySelector('.chatWindowHeader .base-info .tag').textContent = b ? '拼多多用户' : '';
  const list = document.querySelector('#msgListContainer > ul.msg-list');
  list.textContent = '';
  if (!b) {
    renderOrders(null);
    return list.appendChild(el('li', 'empty-tip', '暂无会话，请稍候'));
  }
  for (const m of b.msgs) {
    const li = el('li', 'onemsg');
    li.id = 'middlePanel_list_' + msgSeq++;
    if (m[0] === 'card') {
      const item = el('div', 'buyer-item');
      const card = el('div', 'good-card');
      const info = el('div');
      const a = el('a', 'good-detail', m[1]);
      a.href = '#';
      info.append(a, el('p', 'good-id', '商品ID：' + m[3]), el('span', 'good-price', m[2]));
      card.appendChild(info);
      item.appendChild(card);
      li.appendChild(item);
    } else {
      // Robot replies sit on the agent's side, their text marked `.robot-text` (CONSOLES.md).
      const who = el('div', m[0] === 'buyer' ? 'buyer-item' : 'cs-item');
      const content = el('div', 'msg-content');
      content.appendChild(el('p', m[0] === 'robot' ? 'msg-content-box robot-text' : 'msg-content-box', m[1]));
      who.appendChild(content);
      li.appendChild(who);
    }
    list.appendChild(li);
  }
  const box = document.getElementById('msgListContainer');
  box.scrollTop = box.scrollHeight;
  renderOrders(b);
}

/** The side panel's 订单 tab: the buyer's latest order and its status (markup our guess). */
function renderOrders(b) {
  const panel = document.querySelector('.order-panel');
  panel.textContent = '';
  panel.appendChild(el('div', 'order-panel-title', '订单'));
  if (!b || !b.order) return panel.appendChild(el('div', 'order-empty', '暂无订单'));
  const item = el('div', 'order-item');
  item.append(el('p', 'order-sn', '订单号：' + b.id + '-260601'), el('span', 'order-status', b.order));
  panel.appendChild(item);
}

startFakeConsole({
  site: 'pinduoduo',
  buyers,
  input: document.querySelector('.reply-box textarea'),
  sendOn: 'keydown',
  sendButton: document.querySelector('.send-btn'),
  renameInput(textarea) {
    textarea.removeAttribute('id');
    textarea.className = 'reply-textarea-v2';
    textarea.setAttribute('data-v-5f2c', '');
  },
  render(app) {
    renderList(app);
    renderChat(app);
  },
});
