/**
 * Qianniu 千牛 web chat (every selector our guess, matching the adapter's): what differs from the
 * shared fake console — buyers, markup, a contenteditable editor that sends on Enter keyup, and,
 * like a hostile console, Enter pressed anywhere else sends while the editor holds text.
 */
import { el, startFakeConsole } from '../shared/fake-console.js';

const buyers = [
  { id: '2208765001', name: 'tb_小甜甜', unread: 3, wait: '已等待2分钟', order: '待发货',
    msgs: [['buyer', '你好'], ['seller', '亲，在的'], ['buyer', '亲，这款连衣裙有现货吗？']] },
  { id: '2208765002', name: '<img src=x onerror=alert(1)>', unread: 1, wait: '已等待40秒',
    msgs: [['buyer', '包邮吗']] },
  { id: '2208765003', name: '快乐的小羊', unread: 0, wait: '',
    msgs: [['buyer', '尺码怎么选'], ['seller', '亲，参考详情页尺码表哦']] },
  { id: '2208765004', name: 'zhou_ming_88', unread: 0, wait: '', order: '退款中',
    msgs: [['buyer', '申请退款了，麻烦处理']] },
  { id: '2208765005', name: '林**', unread: 0, wait: '',
    msgs: [['buyer', '好的谢谢']] },
];

function renderList(app) {
  const panel = document.getElementById('convPanel');
  panel.textContent = '';
  if (!app.buyers.length) return panel.appendChild(el('div', 'empty-tip', '暂无接待中的会话'));
  for (const [title, waiting] of [['等待回复', true], ['接待中', false]]) {
    const rows = app.buyers.filter((b) => !!b.wait === waiting);
    if (!rows.length) continue;
    panel.appendChild(el('div', 'qn-group-title', title + '（' + rows.length + '）'));
    for (const b of rows) {
      const item = el('div', 'qn-conversation-item' + (b.id === app.state.currentBuyerId ? ' is-active' : '') + (b.wait ? ' is-waiting' : ''));
      item.setAttribute('data-buyer-id', b.id);
      const badge = el('span', 'next-badge');
      badge.appendChild(el('span', 'qn-avatar', '淘'));
      if (b.unread) badge.appendChild(el('sup', 'next-badge-count', String(b.unread)));
      const main = el('div', 'qn-conv-main');
      main.append(el('div', 'buyer-nick', b.name), el('div', 'qn-last-msg', b.msgs[b.msgs.length - 1][1]));
      item.append(badge, main);
      if (b.wait) item.appendChild(el('span', 'qn-wait-time', b.wait));
      app.switchesTo(item, b.id);
      panel.appendChild(item);
    }
  }
}

function renderChat(app) {
  const b = app.current();
  document.querySelector('.qn-chat-header .buyer-nick').textContent = b ? b.name : '';
  const list = document.querySelector('.qn-message-list');
  list.textContent = '';
  if (!b) {
    renderOrders(null);
    return list.appendChild(el('div', 'empty-tip', '暂无会话'));
  }
  for (const m of b.msgs) {
    if (m[0] === 'goods') {
      // A product card the buyer sent (tests add them: ['goods', title]); markup our guess, as the adapter's.
      const card = el('div', 'qn-goods-card');
      card.appendChild(el('div', 'goods-title', m[1]));
      list.appendChild(card);
      continue;
    }
    const msg = el('div', 'qn-message ' + (m[0] === 'seller' ? 'is-seller' : 'is-buyer'));
    msg.appendChild(el('div', 'qn-message-text', m[1]));
    list.appendChild(msg);
  }
  list.scrollTop = list.scrollHeight;
  renderOrders(b);
}

/** The side panel's order card (our guess, like everything here): the latest order's status. */
function renderOrders(b) {
  const panel = document.querySelector('.qn-order-panel');
  panel.textContent = '';
  panel.appendChild(el('div', 'qn-group-title', '订单'));
  if (!b || !b.order) return panel.appendChild(el('div', 'empty-tip', '暂无订单'));
  const card = el('div', 'qn-order-card');
  card.append(el('div', 'order-no', '订单 ' + b.id + '0601'), el('span', 'order-status', b.order));
  panel.appendChild(card);
}

startFakeConsole({
  site: 'qianniu',
  buyers,
  input: document.querySelector('.qn-chat [contenteditable]'),
  sendOn: 'keyup',
  enterAnywhereSends: true,
  agentKind: 'seller',
  sendButton: document.querySelector('.qn-send-btn'),
  renameInput(editor) {
    editor.className = 'im-input-inner';
    editor.parentElement.className = 'im-input';
  },
  render(app) {
    renderList(app);
    renderChat(app);
  },
});
