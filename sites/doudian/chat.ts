import { CONSOLE_MATCHES } from '../../core/consoles';
import type { ChatPage } from '../types';

/**
 * Douyin 抖店 飞鸽 (React, "auxo" components). Hashed CSS-module classes rotate between releases,
 * so every selector here uses `data-*` hooks or ids (CONSOLES.md, checked 2026).
 */
export const chat = {
  kind: 'chat',
  matches: CONSOLE_MATCHES.doudian,
  confidence: 'seen',
  selectors: {
    chatInput: 'textarea[data-qa-id="qa-send-message-textarea"]',
    currentBuyerName: '#topbar-left-info',
    conversationRow: 'div[data-kora="conversation"][data-qa-id="qa-conversation-chat-item"]',
    activeConversation: 'div[data-kora="conversation"][aria-selected="true"]',
    conversationName: '[data-qa-id="qa-conversation-name"], [class*="NameContent"]',
    unreadMarker: 'sup.auxo-badge-count',
    // Rows of the current sessions (待回复 and 已超时) end their data-btm-id in `.current`;
    // recent contacts end in `.recent` (CONSOLES.md).
    waitingRow: '[data-kora="conversation"][data-btm-id$=".current"]',
    productTitle: '.chatd-card > :first-child',
    buyerMessage: '[data-qa-id="qa-message-warpper"] .leaveMessage.messageNotMe pre',
    agentMessage: '[data-qa-id="qa-message-warpper"] .leaveMessage.messageIsMe pre',
    // Guess: no capture of the order side panel exists; data-* hooks because its classes are hashed.
    orderStatus: '[data-qa-id="qa-order-card"] [data-qa-id="qa-order-status"]',
  },
  expected: { chatInput: 1, currentBuyerName: 1, conversationRow: '5+', activeConversation: 1, conversationName: '5+', unreadMarker: '1+', waitingRow: '2+', productTitle: '1+', buyerMessage: 2, agentMessage: 1, orderStatus: 1 },
  rowBuyerId: (row, name) => row.getAttribute('data-conversation-id') || row.getAttribute('data-btm-id')?.replace(/\.(current|recent|systemConv)$/, '') || name,
} satisfies ChatPage;
