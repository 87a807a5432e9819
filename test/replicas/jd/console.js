/**
 * JD 咚咚 Dongdong workbench: what differs from the shared fake console — buyers (and a history
 * pane that stays in the DOM), markup, and the pell editor (contenteditable; Shift+Enter makes a
 * <div>; Enter keyup sends).
 */
import { el, startFakeConsole, variant } from '../shared/fake-console.js';

const venderId = '10086321';
const buyers = [
  { id: 'jd_6b21f0a8', name: 'jd_6b21f0a8', unread: 2, wait: '等待 38秒', date: '10:32', product: '小米 充电宝 20000mAh', order: '等待出库',
    msgs: [['buyer', '在吗'], ['cs', '您好，请问有什么可以帮您'], ['buyer', '这个充电宝能带上飞机吗？']] },
  { id: 'hostile_01', name: '<img src=x onerror=alert(1)>', unread: 1, wait: '等待 2分钟', date: '10:30', product: '',
    msgs: [['buyer', '发什么快递']] },
  { id: 'lucy2020', name: 'lucy2020', unread: 0, wait: '', date: '10:05', product: '罗技 无线鼠标 M330', order: '已完成',
    msgs: [['buyer', '有发票吗'], ['sys', '客服 小京 已接入'], ['cs', '有的，电子发票下单后自动开具']] },
  { id: 'wang_xiaoer', name: 'wang_xiaoer', unread: 0, wait: '', date: '09:41', product: '',
    // A system line is no answer: both buyer messages still wait for the agent.
    msgs: [['buyer', '保修多久？'], ['sys', '客服 小京 已接入'], ['buyer', '包邮吗']] },
  { id: 'jd_zhangsan88', name: 'jd_zhangsan88', unread: 0, wait: '', date: '昨天', product: '',
    msgs: [['buyer', '谢谢'], ['cs', '不客气，祝您购物愉快']] },
];
const history = variant === 'empty' ? [] : [
  { id: 'old_buyer_1', name: 'old_buyer_1', date: '06-01', last: '好的' },
  { id: 'old_buyer_2', name: 'old_buyer_2', date: '05-28', last: '已收到' },
];

function row(b, isCurrent, last) {
  const item = el('div', 'alluser-item' + (isCurrent ? ' alluser-current' : '') + (b.wait ? ' alluser-item-waiting' : ''));
  item.id = 'u_' + b.id + 'imcustomer' + venderId;
  const avatar = el('div', 'alluser-item-avatar', '客');
  if (b.unread) avatar.appendChild(el('span', 'alluser-item-unread', String(b.unread)));
  const main = el('div', 'alluser-item-main');
  const name = el('div', 'alluser-item-name', b.name);
  name.title = b.id;
  main.append(name, el('div', 'alluser-item-breifdesc', last));
  const date = el('div', 'alluser-item-date-w');
  date.appendChild(el('span', '', b.date));
  if (b.wait) date.appendChild(el('span', 'alluser-item-waittime', b.wait));
  item.append(avatar, main, date);
  return item;
}

function renderList(app) {
  const pane = document.getElementById('paneCurrent');
  pane.textContent = '';
  if (!app.buyers.length) pane.appendChild(el('div', 'empty-tip', '暂无咨询'));
  for (const b of app.buyers) {
    const last = b.msgs.filter((m) => m[0] !== 'sys').pop();
    const item = row(b, b.id === app.state.currentBuyerId, last ? last[1] : '');
    app.switchesTo(item, b.id);
    pane.appendChild(item);
  }
  const hist = document.getElementById('paneHistory');
  hist.textContent = '';
  for (const b of history) hist.appendChild(row(b, false, b.last));
}

function renderChat(app) {
  const b = app.current();
  document.querySelector('.chat-head-title > .chat-head-name > span').textContent = b ? b.name : '';
  const product = document.querySelector('.chat-product');
  product.textContent = b && b.product ? '咨询商品：' + b.product : '';
  product.hidden = !(b && b.product);
  const list = document.querySelector('#t-chat-scroll .c-wrap .c-c');
  list.textContent = '';
  if (!b) {
    renderOrders(null);
    return list.appendChild(el('div', 'empty-tip', '暂无会话'));
  }
  for (const m of b.msgs) {
    if (m[0] === 'sys') {
      const s = el('div', 'message__system_wrap');
      s.appendChild(el('span', 'message__system', m[1]));
      list.appendChild(s);
      continue;
    }
    const msg = el('div', 'message');
    const side = el('div', m[0] === 'cs' ? 'message_right' : 'message_left');
    const pre = el('pre', 'message__text');
    pre.appendChild(el('span', 'message__content', m[1]));
    side.appendChild(pre);
    msg.appendChild(side);
    list.appendChild(msg);
  }
  const sc = document.getElementById('t-chat-scroll');
  sc.scrollTop = sc.scrollHeight;
  renderOrders(b);
}

/** The right-hand 订单 panel (markup our guess): the buyer's latest order and its state. */
function renderOrders(b) {
  const panel = document.querySelector('.order-list');
  panel.textContent = '';
  if (!b || !b.order) return panel.appendChild(el('div', 'order-list-empty', '暂无订单'));
  const item = el('div', 'order-item');
  item.append(el('div', 'order-id', '订单号：3021' + b.id.length + '88765'), el('div', 'order-state', b.order));
  panel.appendChild(item);
}

// Tabs 正在咨询 / 历史咨询: the inactive pane stays in the DOM, hidden.
const tabs = document.querySelectorAll('.c_tabs-tab');
for (const tab of tabs) {
  tab.addEventListener('click', () => {
    for (const t of tabs) t.classList.toggle('c_tabs-tab_check', t === tab);
    for (const p of document.querySelectorAll('.c_tabs-pane')) p.hidden = p.getAttribute('data-pane') !== tab.getAttribute('data-pane');
  });
}

startFakeConsole({
  site: 'jd',
  buyers,
  input: document.querySelector('.chat-editor-area [contenteditable]'),
  sendOn: 'keyup',
  paragraphs: true,
  sendButton: document.querySelector('.SendButtonGroup > span.send-button'),
  renameInput(editor) {
    editor.className = 'im-editor-content';
    editor.parentElement.className = 'im-editor-wrapper';
  },
  render(app) {
    renderList(app);
    renderChat(app);
  },
});
