import { describe, expect, it } from 'vitest';
import { holdingPhrase, STARTER_HOLDING_ID } from './radar-holding';

describe('holdingPhrase', () => {
  const p = (id: string, title: string, extra = {}) => ({ id, title, tags: [] as string[], ...extra });
  it('prefers the starter holding phrase, even reworded, then any phrase titled or tagged 稍等', () => {
    expect(holdingPhrase([p('x', '查库存稍等'), p(STARTER_HOLDING_ID, '高峰期先回一句')])?.id).toBe(STARTER_HOLDING_ID);
    expect(holdingPhrase([p('a', '发货时间'), p('b', '先回一句', { tags: ['稍候'] })])?.id).toBe('b');
    expect(holdingPhrase([p(STARTER_HOLDING_ID, '稍等', { deleted: true }), p('r', '请稍等', { publicReply: true })])).toBeNull();
    expect(holdingPhrase([])).toBeNull();
  });
});
