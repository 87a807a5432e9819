import { CONSOLE_MATCHES } from '../../core/consoles';
import type { ChatPage } from '../types';

/** Pinduoduo merchant chat (Vue 2). Selectors seen in working scripts, see CONSOLES.md. */
export const chat = {
  kind: 'chat',
  matches: CONSOLE_MATCHES.pinduoduo,
  confidence: 'seen',
  selectors: {
    chatInput: 'textarea#replyTextarea',
    currentBuyerName: '.chatWindowHeader .base-info .name',
    conversationRow: 'li.chat-item > .chat-item-box',
    activeConversation: 'li.chat-item > .chat-item-box.active, li.chat-item.active > .chat-item-box',
    conversationName: '.nickname-span',
    unreadMarker: '.chat-portrait i, .un-watch',
    waitingRow: 'ul.timeout-unreply li.chat-item, ul.five-minute li.chat-item',
    productTitle: '#msgListContainer .good-card a.good-detail',
    buyerMessage: '#msgListContainer li.onemsg .buyer-item p.msg-content-box',
    // A robot's auto-reply sits on the agent's side with its text marked `.robot-text`: no answer.
    // (`.cs-item:not(:has(.robot-text))` would also catch a mark beside the text, but `:has()` made
    // each read several times slower on a long conversation: see test/bench/page-messages.bench.ts.)
    agentMessage: '#msgListContainer li.onemsg .cs-item p.msg-content-box:not(.robot-text)',
    // Guess: no capture of the order side panel exists (the replica follows this).
    orderStatus: '.order-panel .order-item .order-status',
  },
  expected: { chatInput: 1, currentBuyerName: 1, conversationRow: '5+', activeConversation: 1, conversationName: '5+', unreadMarker: '1+', waitingRow: '2+', productTitle: '1+', buyerMessage: 2, agentMessage: 1, orderStatus: 1 },
  // `data-random` is `<uid>-0-<group>`: the buyer uid comes before the first dash.
  rowBuyerId: (row, name) => row.getAttribute('data-random')?.split('-')[0] || name,
} satisfies ChatPage;
