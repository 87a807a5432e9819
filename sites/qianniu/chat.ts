import { CONSOLE_MATCHES } from '../../core/consoles';
import type { ChatPage } from '../types';

/**
 * Qianniu web workbench. No public script drives its chat, so every selector is our guess
 * (a contenteditable editor is assumed); the sidebar says so when one finds nothing.
 */
export const chat = {
  kind: 'chat',
  matches: CONSOLE_MATCHES.qianniu,
  confidence: 'guess',
  selectors: {
    chatInput: '[contenteditable="true"].qn-chat-editor, .chat-editor [contenteditable="true"]',
    currentBuyerName: '.qn-chat-header .buyer-nick, .chat-header .nick',
    conversationRow: '.qn-conversation-item, .conversation-item',
    activeConversation: '.qn-conversation-item.is-active, .conversation-item.active',
    conversationName: '.buyer-nick, .nick',
    unreadMarker: '.unread-badge, .next-badge-count',
    waitingRow: '.qn-conversation-item.is-waiting, .conversation-item.waiting',
    productTitle: '.qn-goods-card .goods-title',
    // Guesses, like the rest of this file.
    buyerMessage: '.qn-message-list .qn-message.is-buyer .qn-message-text',
    agentMessage: '.qn-message-list .qn-message.is-seller .qn-message-text',
    orderStatus: '.qn-order-panel .qn-order-card .order-status',
  },
  expected: { chatInput: 1, currentBuyerName: 1, conversationRow: '5+', activeConversation: 1, conversationName: '5+', unreadMarker: '1+', waitingRow: '1+', productTitle: 0, buyerMessage: 2, agentMessage: 1, orderStatus: 1 },
  rowBuyerId: (row, name) => row.getAttribute('data-buyer-id') || row.getAttribute('data-uid') || name,
} satisfies ChatPage;
