import { describe, expect, it } from 'vitest';
import { isFrameMessage, isPageMessage, portName, PORT_PREFIX } from './frame-channel';

const state = {
  site: { id: 'pinduoduo', name: '拼多多', confidence: 'seen' },
  page: 'chat',
  buyer: { id: 'u1', name: '<img src=x>' },
  conversations: [{ id: 'u1', name: '张**', active: true, unread: false, waiting: null }],
  problems: [{ kind: 'invalid-selector', part: 'chatInput', selector: 'textarea[' }],
  variables: { 买家: '张**' },
  buyerMessages: ['在吗', '包邮吗'],
  orderStatus: '待发货',
};

describe('the frame channel', () => {
  it('names a port with the nonce', () => {
    expect(portName('abc')).toBe(`${PORT_PREFIX}abc`);
  });

  it('accepts every message the content script sends', () => {
    expect(isPageMessage({ kind: 'page', state })).toBe(true);
    expect(isPageMessage({ kind: 'page', state: { ...state, buyer: null, conversations: [], problems: [] } })).toBe(true);
    expect(isPageMessage({ kind: 'openAndFocus' })).toBe(true);
    expect(isPageMessage({ kind: 'suggest', id: 3, query: 'fh' })).toBe(true);
    expect(isPageMessage({ kind: 'acceptSuggestion', phraseId: 'phr_1' })).toBe(true);
    expect(isPageMessage({ kind: 'reply', id: 1, request: 'insert', answer: { kind: 'buyer-changed', from: 'a', to: 'b' } })).toBe(true);
    expect(isPageMessage({ kind: 'reply', id: 2, request: 'reveal', answer: false })).toBe(true);
    expect(isPageMessage({ kind: 'reply', id: 3, request: 'pickChatInput', answer: { kind: 'picked', selector: '#x' } })).toBe(true);
  });

  it('carries the radar counts within their bounds, and refuses them beyond', () => {
    const page = (change: object) => isPageMessage({ kind: 'page', state: { ...state, ...change } });
    const row = (unreadCount: unknown) => [{ id: 'u1', name: '张**', active: false, unread: true, waiting: null, unreadCount }];
    expect(page({ unanswered: 3, conversations: row(2) })).toBe(true);
    expect(page({ unanswered: 99, conversations: row(999) })).toBe(true);
    expect(page({ unanswered: 100 })).toBe(false);
    expect(page({ unanswered: -1 })).toBe(false);
    expect(page({ unanswered: '3' })).toBe(false);
    expect(page({ conversations: row(1000) })).toBe(false);
    expect(page({ conversations: row(1.5) })).toBe(false);
  });

  it('carries the buyer messages and order status within their bounds, and refuses them beyond', () => {
    const page = (change: object) => isPageMessage({ kind: 'page', state: { ...state, ...change } });
    expect(page({ buyerMessages: [], orderStatus: null })).toBe(true);
    expect(page({ buyerMessages: ['长'.repeat(500), 'a', 'b', 'c', 'd'], orderStatus: '状'.repeat(40) })).toBe(true);
    expect(page({ buyerMessages: ['a', 'b', 'c', 'd', 'e', 'f'] })).toBe(false);
    expect(page({ buyerMessages: ['长'.repeat(501)] })).toBe(false);
    expect(page({ buyerMessages: [1] })).toBe(false);
    expect(page({ buyerMessages: undefined })).toBe(false);
    expect(page({ orderStatus: '状'.repeat(41) })).toBe(false);
    expect(page({ orderStatus: undefined })).toBe(false);
  });

  it('carries buyers, conversations, waits and variables within the page reader’s bounds, and refuses them beyond', () => {
    const page = (change: object) => isPageMessage({ kind: 'page', state: { ...state, ...change } });
    const row = (change: object = {}) => ({ id: 'u1', name: '张**', active: false, unread: false, waiting: null, ...change });
    expect(page({ buyer: { id: 'i'.repeat(64), name: '名'.repeat(64) }, conversations: Array.from({ length: 200 }, () => row({ waiting: '等'.repeat(32) })) })).toBe(true);
    expect(page({ variables: { 买家: '名'.repeat(64), 商品: '品'.repeat(80) } })).toBe(true);
    expect(page({ buyer: { id: 'u1', name: '名'.repeat(65) } })).toBe(false);
    expect(page({ buyer: { id: 'i'.repeat(65), name: 'x' } })).toBe(false);
    expect(page({ conversations: Array.from({ length: 201 }, () => row()) })).toBe(false);
    expect(page({ conversations: [row({ name: 'x'.repeat(1 << 20) })] })).toBe(false);
    expect(page({ conversations: [row({ waiting: '等'.repeat(33) })] })).toBe(false);
    expect(page({ variables: { 商品: '品'.repeat(81) } })).toBe(false);
  });

  it('refuses malformed page messages', () => {
    expect(isPageMessage(null)).toBe(false);
    expect(isPageMessage('openAndFocus')).toBe(false);
    expect(isPageMessage({ kind: 'unknown' })).toBe(false);
    expect(isPageMessage({ kind: 'page', state: { ...state, site: { ...state.site, id: 'evil' } } })).toBe(false);
    expect(isPageMessage({ kind: 'page', state: { ...state, buyer: { id: 1, name: 'x' } } })).toBe(false);
    expect(isPageMessage({ kind: 'page', state: { ...state, conversations: [{ id: 'u', name: 'n' }] } })).toBe(false);
    expect(isPageMessage({ kind: 'page', state: { ...state, variables: { 买家: 1 } } })).toBe(false);
    expect(isPageMessage({ kind: 'suggest', id: 1.5, query: 'fh' })).toBe(false);
    expect(isPageMessage({ kind: 'reply', id: 1, request: 'insert', answer: { kind: 'sent' } })).toBe(false);
    expect(isPageMessage({ kind: 'reply', id: 1, request: 'reveal', answer: 'yes' })).toBe(false);
    expect(isPageMessage({ kind: 'reply', id: 1, request: 'toString', answer: true })).toBe(false);
    expect(isPageMessage({ kind: 'reply', id: 1, request: 'pickChatInput', answer: { kind: 'picked' } })).toBe(false);
  });

  it('accepts every message the frame sends, and refuses malformed ones', () => {
    expect(isFrameMessage({ kind: 'insert', id: 1, text: '您好', chosenFor: { id: 'u1', name: '张**' } })).toBe(true);
    expect(isFrameMessage({ kind: 'insert', id: 1, text: '您好', chosenFor: null })).toBe(true);
    expect(isFrameMessage({ kind: 'reveal', id: 2, buyerId: 'u2' })).toBe(true);
    expect(isFrameMessage({ kind: 'pickChatInput', id: 3 })).toBe(true);
    expect(isFrameMessage({ kind: 'setOpen', open: false })).toBe(true);
    expect(isFrameMessage({ kind: 'focusChatInput' })).toBe(true);
    expect(isFrameMessage({ kind: 'selectorOverrides', overrides: { chatInput: '#reply' } })).toBe(true);
    expect(isFrameMessage({ kind: 'suggestions', id: 4, hits: [{ id: 'p', title: 't', text: 'x' }] })).toBe(true);

    expect(isFrameMessage({ kind: 'insert', id: 1, text: 42, chosenFor: null })).toBe(false);
    expect(isFrameMessage({ kind: 'insert', id: 1, text: 'x' })).toBe(false);
    expect(isFrameMessage({ kind: 'setOpen', open: 'no' })).toBe(false);
    expect(isFrameMessage({ kind: 'selectorOverrides', overrides: { chatInput: null } })).toBe(false);
    expect(isFrameMessage({ kind: 'suggestions', id: 4, hits: [{ id: 'p', title: 't' }] })).toBe(false);
    expect(isFrameMessage({ kind: 'send', text: 'x' })).toBe(false);
    expect(isFrameMessage([])).toBe(false);
  });

  it('carries the back-office requests, answers and marks, and refuses malformed ones', () => {
    const rows = { kind: 'rows', page: 2, pages: 3, hasNext: true, rows: [{ buyerId: 'tb1', buyerName: '<img src=x onerror=alert(1)>' }] };
    expect(isPageMessage({ kind: 'page', state: { ...state, page: 'relations', buyer: null, conversations: [] } })).toBe(true);
    expect(isPageMessage({ kind: 'reply', id: 5, request: 'readTable', answer: rows })).toBe(true);
    expect(isPageMessage({ kind: 'reply', id: 5, request: 'readTable', answer: { ...rows, page: null, pages: null } })).toBe(true);
    expect(isPageMessage({ kind: 'reply', id: 5, request: 'readTable', answer: { kind: 'failed', problem: { kind: 'missing-columns', fields: ['buyerId'], headers: ['昵称'] } } })).toBe(true);
    expect(isPageMessage({ kind: 'reply', id: 6, request: 'turnPage', answer: { kind: 'turned', page: 3 } })).toBe(true);
    expect(isPageMessage({ kind: 'reply', id: 6, request: 'turnPage', answer: { kind: 'failed', problem: { kind: 'stuck', page: 2 } } })).toBe(true);
    expect(isFrameMessage({ kind: 'readTable', id: 7, table: 'staff' })).toBe(true);
    expect(isFrameMessage({ kind: 'turnPage', id: 8, table: 'relations', to: 4 })).toBe(true);
    expect(isFrameMessage({ kind: 'markRows', marks: [{ key: 'tb1', labels: ['客服已离职'] }] })).toBe(true);
    expect(isFrameMessage({ kind: 'markRows', marks: [] })).toBe(true);
    expect(isFrameMessage({ kind: 'pickTableRow', id: 9, table: 'relations' })).toBe(true);
    expect(isPageMessage({ kind: 'reply', id: 9, request: 'pickTableRow', answer: { kind: 'picked', selector: 'tbody > tr' } })).toBe(true);
    expect(isFrameMessage({ kind: 'pickTableRow', id: 9 })).toBe(false);

    expect(isPageMessage({ kind: 'page', state: { ...state, page: 'orders' } })).toBe(false);
    expect(isPageMessage({ kind: 'reply', id: 5, request: 'readTable', answer: { ...rows, rows: [{ buyerId: 1 }] } })).toBe(false);
    expect(isPageMessage({ kind: 'reply', id: 5, request: 'readTable', answer: { ...rows, page: 0 } })).toBe(false);
    expect(isPageMessage({ kind: 'reply', id: 5, request: 'readTable', answer: { kind: 'failed', problem: { kind: 'gone' } } })).toBe(false);
    expect(isPageMessage({ kind: 'reply', id: 6, request: 'turnPage', answer: { kind: 'turned' } })).toBe(false);
    expect(isFrameMessage({ kind: 'readTable', id: 7, table: 'orders' })).toBe(false);
    expect(isFrameMessage({ kind: 'turnPage', id: 8, table: 'relations', to: 0 })).toBe(false);
    expect(isFrameMessage({ kind: 'markRows', marks: [{ key: 'tb1', labels: [1] }] })).toBe(false);
  });
});
