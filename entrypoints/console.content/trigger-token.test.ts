import { describe, expect, it } from 'vitest';
import { findTriggerToken } from './trigger-token';

describe('findTriggerToken', () => {
  it.each([
    ['/fh', { query: 'fh', length: 3 }],
    ['亲 /fahuo', { query: 'fahuo', length: 6 }],
    ['／退货', { query: '退货', length: 3 }],
    ['、fh', { query: 'fh', length: 3 }],
    ['您好 、cfh', { query: 'cfh', length: 4 }],
    ['亲/fh', { query: 'fh', length: 3 }],
    ['您好，/退货', { query: '退货', length: 3 }],
  ])('finds the query in %j', (text, token) => {
    expect(findTriggerToken(text)).toEqual(token);
  });

  it.each([
    ['红色、蓝色'],
    ['http://shop/item'],
    ['价格是1/2'],
    ['尺码XL/fh'],
    ['见 www.example.com/fh'],
    ['/'],
    ['/fh '],
    ['fh'],
    [''],
  ])('finds nothing in %j', (text) => {
    expect(findTriggerToken(text)).toBeNull();
  });
});
