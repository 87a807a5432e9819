/**
 * Doudian 飞鸽 workspace (React, "auxo" components): what differs from the shared fake console —
 * CSS-module class names hashed AND re-randomised on every load (only the data-* hooks,
 * #chantListScrollArea and #topbar-left-info are stable), a controlled textarea (a value set
 * without an input event is lost within 50 ms), and Enter **keypress** sends.
 */
import { adoptCss, h, startFakeConsole } from '../shared/fake-console.js';

// Hashed CSS-module names, different on every load (like a new release each time).
const salt = Math.random().toString(36).slice(2, 7);
const C = {};
['Layout', 'NavBar', 'ConvPanel', 'ConvItem', 'Avatar', 'NameContent', 'msgContent', 'WaitTime', 'WarnTag',
 'ChatPanel', 'TopBar', 'Remark', 'MsgList', 'Bubble', 'Editor', 'SendBtn', 'GroupName', 'Empty',
 'ChatBody', 'SidePanel', 'OrderCard', 'OrderStatus'].forEach((k, i) => {
  C[k] = 'index_' + k + '__' + (salt + i.toString(36) + Math.random().toString(36).slice(2, 4));
});
adoptCss([
  'html,body{margin:0;height:100%;font:13px/1.5 "PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#252931}',
  `.${C.Layout}{position:fixed;inset:0;display:flex;background:#f5f6f7}`,
  `.${C.NavBar}{width:56px;background:#1966ff;color:#fff;display:flex;flex-direction:column;align-items:center;padding-top:14px;gap:18px;font-size:12px;flex:none}`,
  `.${C.ConvPanel}{width:280px;background:#fff;border-right:1px solid #e8e8e8;display:flex;flex-direction:column;flex:none}`,
  '#chantListScrollArea{flex:1;overflow-y:auto}',
  `.${C.GroupName}{padding:8px 14px;font-size:12px;color:#888;background:#fafafa}`,
  `.${C.ConvItem}{display:flex;gap:10px;padding:10px 14px;cursor:pointer;position:relative}`,
  `.${C.ConvItem}[aria-selected="true"]{background:#e8f0ff}`,
  `.${C.Avatar}{width:36px;height:36px;border-radius:50%;background:#ffd1dc;display:grid;place-items:center;flex:none;position:relative}`,
  'sup.auxo-badge-count{position:absolute;top:-4px;right:-6px;min-width:16px;height:16px;border-radius:8px;background:#ff4d4f;color:#fff;font-size:11px;line-height:16px;text-align:center;padding:0 4px}',
  `.${C.NameContent}{font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}`,
  `.${C.msgContent}{color:#888;font-size:12px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}`,
  `.${C.WaitTime}{color:#ff4d4f;font-size:11px;flex:none}`,
  `.${C.WarnTag}{color:#fa8c16;font-size:11px;border:1px solid #ffd591;border-radius:2px;padding:0 3px;margin-left:4px}`,
  `.${C.ChatPanel}{flex:1;display:flex;flex-direction:column;min-width:0}`,
  `.${C.TopBar}{height:52px;display:flex;align-items:center;padding:0 18px;background:#fff;border-bottom:1px solid #e8e8e8}`,
  '#topbar-left-info{display:flex;gap:10px;align-items:center;font-weight:600;font-size:15px}',
  `.${C.Remark}{font-weight:400;font-size:12px;color:#1966ff;cursor:pointer}`,
  '[data-qa-id="qa-message-warpper"]{flex:1;overflow-y:auto;padding:14px 18px}',
  '.leaveMessage{display:flex;margin:10px 0}',
  '.leaveMessage pre{margin:0;font:inherit;white-space:pre-wrap;word-break:break-all;max-width:420px;padding:8px 12px;border-radius:8px;background:#fff}',
  '.messageIsMe pre{background:#d6e4ff}',
  '.chatd-card{background:#fff;border:1px solid #eee;border-radius:8px;padding:10px;width:280px}',
  `.${C.Editor}{height:150px;flex:none;background:#fff;border-top:1px solid #e8e8e8;display:flex;flex-direction:column}`,
  `.${C.Editor} textarea{flex:1;border:0;resize:none;padding:10px 16px;font:inherit;outline:none}`,
  `.${C.SendBtn}{align-self:flex-end;margin:0 16px 12px;padding:5px 20px;background:#1966ff;color:#fff;border-radius:4px;cursor:pointer;user-select:none}`,
  `.${C.Empty}{padding:40px 16px;color:#aaa;text-align:center}`,
  `.${C.ChatBody}{flex:1;display:flex;min-height:0}`,
  `.${C.SidePanel}{width:220px;flex:none;background:#fff;border-left:1px solid #e8e8e8;padding:12px;box-sizing:border-box}`,
  `.${C.OrderCard}{border:1px solid #eee;border-radius:8px;padding:10px;margin-top:8px;font-size:12px;color:#888}`,
  `.${C.OrderStatus}{display:block;color:#1966ff;font-weight:600;font-size:13px}`,
].join('\n'));

const buyers = [
  { id: '1845220011', name: '抖音用户_小鹿', section: 'waitReply', wait: '45秒', unread: 2, warn: '', order: '待发货',
    msgs: [['buyer', '你好'], ['cs', '您好，在的'], ['buyer', '这个衣服有L码吗？'], ['card', '夏季纯棉T恤 白色', '¥79.00']] },
  { id: '1845220012', name: '<img src=x onerror=alert(1)>', section: 'waitReply', wait: '12秒', unread: 1, warn: '',
    msgs: [['buyer', '什么时候发货']] },
  { id: '1845220013', name: '橙子不甜', section: 'overtime', wait: '3分钟', unread: 0, warn: '服务态度预警',
    msgs: [['buyer', '怎么还不回复'], ['buyer', '我要投诉']] },
  { id: '1845220014', name: '阿杰', section: 'recent', wait: '', unread: 0, warn: '', order: '已完成',
    msgs: [['buyer', '收到了，谢谢'], ['cs', '感谢支持，欢迎再来～']] },
  { id: '1845220015', name: '一只猫咪', section: 'recent', wait: '', unread: 0, warn: '',
    msgs: [['buyer', '能便宜点吗']] },
  { id: '1845220016', name: 'momo', section: 'recent', wait: '', unread: 0, warn: '',
    msgs: [['buyer', '运费险有吗'], ['cs', '有的亲，下单默认赠送运费险'], ['buyer', '包邮吗']] },
];

// Built once, like React keeping the editor mounted; the list and chat re-render on state changes.
const textarea = h('textarea', { 'data-qa-id': 'qa-send-message-textarea', className: 'auxo-input' });
const sendBtn = h('div', { 'data-qa-id': 'qa-send-message-button', className: C.SendBtn, text: '发送' });
const scroll = h('div', { id: 'chantListScrollArea' });
const nameSlot = h('span', { className: C.NameContent });
const topInfo = h('div', { style: 'display:flex;gap:10px;align-items:center' }, [
  h('div', { id: 'topbar-left-info' }, [nameSlot]), h('span', { className: C.Remark, text: '添加备注' })]);
const msgList = h('div', { 'data-qa-id': 'qa-message-warpper', className: C.MsgList });
// The right-hand panel with the buyer's orders: its data-qa-id hooks are our guess (no capture).
const sidePanel = h('div', { className: C.SidePanel });
document.getElementById('root').appendChild(
  h('div', { className: C.Layout }, [
    h('div', { className: C.NavBar }, [h('span', { text: '接待' }), h('span', { text: '历史' }), h('span', { text: '设置' })]),
    h('div', { className: C.ConvPanel }, [scroll]),
    h('div', { className: C.ChatPanel }, [
      h('div', { className: C.TopBar }, [topInfo]),
      h('div', { className: C.ChatBody }, [msgList, sidePanel]),
      h('div', { className: C.Editor }, [textarea, sendBtn]),
    ]),
  ]));

function renderList(app) {
  scroll.textContent = '';
  if (!app.buyers.length) return scroll.appendChild(h('div', { className: C.Empty, text: '暂无会话' }));
  for (const [section, title] of [['waitReply', '待回复'], ['overtime', '已超时'], ['recent', '最近联系']]) {
    const rows = app.buyers.filter((b) => b.section === section);
    if (!rows.length) continue;
    if (section !== 'recent') scroll.appendChild(h('div', { className: C.GroupName, 'data-btm': 'message_group_name_' + section, text: title + '（' + rows.length + '）' }));
    else scroll.appendChild(h('div', { className: C.GroupName, text: title }));
    for (const b of rows) {
      const last = b.msgs[b.msgs.length - 1];
      const avatar = h('div', { className: C.Avatar, text: '抖' }, [b.unread ? h('sup', { className: 'auxo-badge-count', text: String(b.unread) }) : null]);
      const nameLine = h('div', { className: C.NameContent }, [document.createTextNode(b.name), b.warn ? h('span', { className: C.WarnTag, text: b.warn }) : null]);
      const body = h('div', { style: 'flex:1;min-width:0' }, [nameLine, h('div', { className: C.msgContent, text: last[0] === 'card' ? '[商品卡片]' : last[1] })]);
      const row = h('div', {
        'data-kora': 'conversation', 'data-qa-id': 'qa-conversation-chat-item',
        'data-btm-id': 'a4518.b3920.c' + b.id + '.' + (b.section === 'recent' ? 'recent' : 'current'),
        'aria-selected': String(b.id === app.state.currentBuyerId), className: C.ConvItem,
      }, [avatar, body, b.wait ? h('span', { className: C.WaitTime, text: b.wait }) : null]);
      app.switchesTo(row, b.id);
      scroll.appendChild(row);
    }
  }
}

function renderChat(app) {
  const b = app.current();
  nameSlot.textContent = b ? b.name : '';
  textarea.placeholder = b ? '发送给 ' + b.name + '，使用Enter 发送消息' : '';
  msgList.textContent = '';
  if (!b) {
    renderOrders(null);
    return msgList.appendChild(h('div', { className: C.Empty, text: '暂无会话' }));
  }
  for (const m of b.msgs) {
    const me = m[0] === 'cs';
    const inner = m[0] === 'card'
      ? h('div', { className: 'chatd-card' }, [h('div', { text: m[1] }), h('div', { text: m[2], style: 'color:#ff4d4f' })])
      : h('pre', { text: m[1] });
    msgList.appendChild(h('div', { className: 'leaveMessage ' + (me ? 'messageIsMe' : 'messageNotMe') + ' ' + C.Bubble,
      style: 'flex-direction: ' + (me ? 'row-reverse' : 'row') }, [inner]));
  }
  msgList.scrollTop = msgList.scrollHeight;
  renderOrders(b);
}

function renderOrders(b) {
  sidePanel.textContent = '';
  sidePanel.appendChild(h('div', { text: '订单信息' }));
  if (!b || !b.order) return sidePanel.appendChild(h('div', { className: C.Empty, text: '暂无订单' }));
  sidePanel.appendChild(h('div', { className: C.OrderCard, 'data-qa-id': 'qa-order-card' }, [
    h('span', { className: C.OrderStatus, 'data-qa-id': 'qa-order-status', text: b.order }),
    h('span', { text: '订单号 69' + b.id }),
  ]));
}

startFakeConsole({
  site: 'doudian',
  buyers,
  input: textarea,
  sendOn: 'keypress',
  controlled: true,
  sendButton: sendBtn,
  renameInput: (input) => input.setAttribute('data-qa-id', 'qa-im-editor-input'),
  render(app) {
    renderList(app);
    renderChat(app);
  },
  hook: { classNames: C },
});
