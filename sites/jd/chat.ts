import { CONSOLE_MATCHES } from '../../core/consoles';
import type { ChatPage } from '../types';

/** JD 咚咚 workbench. Input and rows seen in working scripts; waiting markers are our guess. */
export const chat = {
  kind: 'chat',
  matches: CONSOLE_MATCHES.jd,
  confidence: 'seen',
  selectors: {
    chatInput: '.pell-editor-wrapper > div.EditorContent[contenteditable="true"]',
    currentBuyerName: '.chat-head-title > .chat-head-name > span, .chat-head-name > span',
    conversationRow: '.alluser-item',
    activeConversation: '.alluser-item.alluser-current',
    conversationName: '.alluser-item-name',
    // Guess: no capture of the real unread/waiting markers exists yet (CONSOLES.md).
    unreadMarker: '.alluser-item-unread, .unread-count',
    waitingRow: '.alluser-item.alluser-item-waiting',
    productTitle: '.chat-product',
    // System lines (`.message__system_wrap`) are neither side.
    buyerMessage: '#t-chat-scroll .message > .message_left .message__content',
    agentMessage: '#t-chat-scroll .message > .message_right .message__content',
    // Guess: no capture of the order panel exists.
    orderStatus: '.order-list .order-item .order-state',
  },
  expected: { chatInput: 1, currentBuyerName: 1, conversationRow: '5+', activeConversation: 1, conversationName: '5+', unreadMarker: '1+', waitingRow: '1+', productTitle: 1, buyerMessage: 2, agentMessage: 1, orderStatus: 1 },
  // Row ids look like `u_<pin>imcustomer<venderId>`.
  rowBuyerId: (row, name) => /^u_(.+?)imcustomer/.exec(row.id)?.[1] || name,
} satisfies ChatPage;
