import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { PageState } from '../../components/sidebar/frame-channel';
import { pageTextSignals } from './page-signals';

const state: PageState = {
  site: { id: 'pinduoduo', name: '拼多多', confidence: 'seen' },
  page: 'chat',
  buyer: null,
  conversations: [],
  problems: [],
  variables: {},
  buyerMessages: ['包邮吗'],
  orderStatus: null,
};

describe("the frame's buyer messages and order status", () => {
  it('follow the page state, and keep their value while the messages read the same', () => {
    const page = signal(state);
    const { buyerMessages, orderStatus } = pageTextSignals(page);
    const seen: (readonly string[])[] = [];
    buyerMessages.subscribe((m) => seen.push(m));

    page.value = { ...state, conversations: [{ id: 'u', name: 'n', active: true, unread: false, waiting: '3秒' }], buyerMessages: ['包邮吗'] };
    page.value = { ...state, buyerMessages: ['包邮吗', '几天到'], orderStatus: '待发货' };
    page.value = { ...state, buyerMessages: [] };
    expect(seen).toEqual([['包邮吗'], ['包邮吗', '几天到'], []]);
    expect(orderStatus.value).toBeNull();
    page.value = { ...state, orderStatus: '已发货' };
    expect(orderStatus.value).toBe('已发货');
  });
});
