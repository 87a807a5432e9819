import { describe, expect, it } from 'vitest';
import type { Account } from '../relations';
import { AUDIT_ADVICE, PRE_TRANSFER_CHECKLIST, RIGHTS, auditPermissions, rightTerm } from '.';

const acc = (id: string, over: Partial<Account> = {}): Account => ({ id, name: id, status: 'active', dedicated: true, inRouting: true, main: false, ...over });

describe('rights vocabulary', () => {
  it.each([
    ['查看/回复消息', 'messages'],
    ['View and reply to messages', 'messages'],
    ['退换货处理', 'after-sale'],
    ['售后-退款', 'after-sale'],
    ['物流查询', 'logistics'],
    ['查看订单', 'orders'],
    ['回复评价', 'reviews'],
    ['商品编辑（价格、库存）', 'product-edit'],
    ['订单改价', 'product-edit'],
    ['Edit product price', 'product-edit'],
    ['店铺销售数据', 'shop-data'],
    ['生意参谋', 'shop-data'],
    ['资金账单', 'finance'],
    ['员工管理', 'staff-admin'],
    ['优惠券设置', 'marketing'],
  ])('%s → %s', (text, id) => {
    expect(rightTerm(text)?.id).toBe(id);
  });

  it('recognises nothing in text it has no word for', () => {
    expect(rightTerm('神秘功能')).toBeUndefined();
    expect(rightTerm('  ')).toBeUndefined();
  });

  it('names every right in Chinese and English', () => {
    for (const term of RIGHTS) {
      expect(term.name.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(term.name.en).toMatch(/^[A-Z][\x20-\x7e]+$/);
      expect(term.synonyms.length).toBeGreaterThan(0);
    }
    expect(new Set(RIGHTS.map((t) => t.id)).size).toBe(RIGHTS.length);
  });
});

describe('auditPermissions', () => {
  it('lists, for each dedicated sub-account, the rights beyond the role, missing ones, unknown ones, and advice', () => {
    const roster = [
      acc('main', { main: true, rights: ['财务'] }),
      acc('helper', { dedicated: false, rights: ['商品编辑'] }),
      acc('wide', { rights: ['查看消息', '订单查看', '售后', '物流', '商品编辑-改价', '店铺数据', '神秘功能'] }),
      acc('narrow', { rights: ['回复消息'] }),
      acc('clean', { rights: ['消息', '订单', '售后', '物流', '评价'] }),
      acc('blank', { status: 'resigned' }),
    ];
    const audits = auditPermissions(roster);
    expect(audits.map((a) => a.accountId)).toEqual(['wide', 'narrow', 'clean', 'blank']);
    const [wide, narrow, clean, blank] = audits;
    expect(wide!.extra.map((x) => [x.right, x.term.id])).toEqual([
      ['商品编辑-改价', 'product-edit'],
      ['店铺数据', 'shop-data'],
    ]);
    expect(wide!.unknown).toEqual(['神秘功能']);
    expect(wide!.missing).toEqual([]);
    expect(wide!.advice).toEqual(['remove-extra-rights', 'check-unknown-rights', 'set-sending-limits']);
    expect(narrow!.missing.map((t) => t.id).sort()).toEqual(['after-sale', 'logistics', 'orders']);
    expect(narrow!.advice).toEqual(['grant-needed-rights', 'set-sending-limits']);
    expect(clean!).toMatchObject({ extra: [], missing: [], unknown: [], rightsKnown: true, advice: ['set-sending-limits'] });
    expect(blank!).toMatchObject({ rightsKnown: false, missing: [], advice: ['account-inactive', 'rights-unknown', 'set-sending-limits'] });
  });

  it('has advice in both languages for every code it gives', () => {
    for (const words of Object.values(AUDIT_ADVICE)) {
      expect(words.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(words.en).toMatch(/^[A-Z]/);
    }
  });
});

describe('pre-transfer checklist', () => {
  it('starts with removing extra rights and setting the sending limits, saying where', () => {
    expect(PRE_TRANSFER_CHECKLIST.slice(0, 2).map((i) => [i.id, i.where?.zh])).toEqual([
      ['remove-extra-rights', '设置 → 员工管理'],
      ['set-sending-limits', '客户邀请设置 → 发送限制'],
    ]);
    for (const item of PRE_TRANSFER_CHECKLIST) {
      expect(item.title.zh && item.title.en && item.detail.zh && item.detail.en).toBeTruthy();
    }
  });
});
