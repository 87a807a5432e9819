import { describe, expect, it } from 'vitest';
import { ACCOUNT_STATUSES, accountReasons, classifyRelation, createAccountMatcher, createClassifier, summarizeRelations, type Account } from '.';

const account = (id: string, over: Partial<Account> = {}): Account => ({ id, name: id, status: 'active', dedicated: true, inRouting: true, main: false, ...over });
const rel = (buyerId: string, accountId: string | null) => ({ buyerId, accountId });

describe('classifyRelation (DOMAIN §3)', () => {
  const roster = [
    account('店铺:小王'),
    account('店铺:阿离', { status: 'resigned' }),
    account('店铺:普通', { dedicated: false }),
    account('店铺:不分流', { inRouting: false }),
    account('店铺', { main: true, dedicated: false }),
    account('店铺:主号进分流', { main: true }),
    account('店铺:全错', { status: 'frozen', dedicated: false, inRouting: false, main: true }),
  ];

  it('a relation bound to an active, dedicated account in routing is normal', () => {
    expect(classifyRelation(rel('b1', '店铺:小王'), roster)).toEqual([]);
  });

  it.each(ACCOUNT_STATUSES.filter((s) => s !== 'active'))('an account that is %s makes its relations abnormal', (status) => {
    expect(classifyRelation(rel('b1', 'x'), [account('x', { status })])).toEqual(['account-inactive']);
  });

  it('names each rule: not dedicated, not in routing, no dedicated CS, unknown account', () => {
    expect(classifyRelation(rel('b', '店铺:普通'), roster)).toEqual(['not-dedicated']);
    expect(classifyRelation(rel('b', '店铺:不分流'), roster)).toEqual(['not-in-routing']);
    expect(classifyRelation(rel('b', null), roster)).toEqual(['no-dedicated-cs']);
    expect(classifyRelation(rel('b', '   '), roster)).toEqual(['no-dedicated-cs']);
    expect(classifyRelation(rel('b', ''), roster)).toEqual(['no-dedicated-cs']);
    // The dash a back-office table shows in an empty cell is no account either.
    expect(classifyRelation(rel('b', '—'), roster)).toEqual(['no-dedicated-cs']);
    expect(classifyRelation(rel('b', ' - '), roster)).toEqual(['no-dedicated-cs']);
    expect(classifyRelation(rel('b', '店铺:新人'), roster)).toEqual(['unknown-account']);
    expect(classifyRelation(rel('b', 'anyone'), [])).toEqual(['unknown-account']);
  });

  it('the main account is abnormal even when it is dedicated and in routing', () => {
    expect(classifyRelation(rel('b', '店铺:主号进分流'), roster)).toEqual(['bound-to-main']);
    expect(classifyRelation(rel('b', '店铺'), roster)).toEqual(['not-dedicated', 'bound-to-main']);
  });

  it('gives every reason at once, in the order of REASON_CODES', () => {
    expect(classifyRelation(rel('b', '店铺:全错'), roster)).toEqual(['account-inactive', 'not-dedicated', 'not-in-routing', 'bound-to-main']);
    expect(accountReasons(undefined)).toEqual(['unknown-account']);
  });

  it('a roster array changed after a lookup is looked at again', () => {
    const list: Account[] = [account('a')];
    expect(classifyRelation(rel('b', 'A'), list)).toEqual([]);
    list[0] = account('a', { dedicated: false });
    expect(classifyRelation(rel('b', 'A'), list)).toEqual(['not-dedicated']);
  });
});

describe('matching a bound account to the roster', () => {
  it('by id, then by id or name folded (width, case, spaces), then by the part after the shop colon', () => {
    const wang = account('1001', { name: '店铺:小王' });
    const li = account('店铺:小李', { name: 'Li' });
    const zhao = account('赵', { name: '赵 云' });
    const m = createAccountMatcher([wang, li, zhao]);
    expect(m.find('1001')).toBe(wang);
    expect(m.find('店铺：小王')).toBe(wang); // full-width colon
    expect(m.find(' 店铺:小王 ')).toBe(wang);
    expect(m.find('小王')).toBe(wang); // the roster writes the shop, the page does not
    expect(m.find('别的店:小李')).toBe(li); // and the other way round
    expect(m.find('ＬＩ')).toBe(li); // full-width, upper case name
    expect(m.find('赵云')).toBe(zhao);
    expect(m.find('小张')).toBeUndefined();
  });

  it('an id outranks another account’s name; a short name two accounts share matches neither', () => {
    const a = account('kefu', { name: 'x' });
    const b = account('y', { name: 'kefu' });
    const c = account('甲店:小王');
    const d = account('乙店:小王');
    const m = createAccountMatcher([a, b, c, d]);
    expect(m.find('KEFU')).toBe(a);
    expect(m.find('小王')).toBeUndefined();
    expect(m.find('甲店:小王')).toBe(c);
    expect(classifyRelation(rel('b', '小王'), [a, b, c, d])).toEqual(['unknown-account']);
  });
});

describe('createClassifier', () => {
  it('classifies like classifyRelation, sharing one answer per account', () => {
    const roster = [account('a'), account('b', { status: 'disabled', inRouting: false })];
    const c = createClassifier(roster);
    const relations = [rel('1', 'a'), rel('2', 'b'), rel('3', 'B'), rel('4', null), rel('5', ' '), rel('6', 'zz')];
    expect(relations.map((r) => c.classify(r))).toEqual(relations.map((r) => classifyRelation(r, roster)));
    expect(c.classify(rel('7', 'b'))).toBe(c.classify(rel('8', 'b')));
    expect(c.account('B')?.id).toBe('b');
    expect(c.account(null)).toBeUndefined();
  });
});

describe('summarizeRelations', () => {
  it('counts by reason and by account, unknown texts and unbound relations included', () => {
    const roster = [account('店铺:小王'), account('店铺:阿离', { status: 'resigned', inRouting: false }), account('店铺:空闲')];
    const relations = [
      rel('1', '店铺:小王'),
      rel('2', '小王'),
      rel('3', '店铺:阿离'),
      rel('4', '店铺:阿离'),
      rel('5', '店铺:新人'),
      rel('6', null),
      rel('7', ''),
    ];
    const s = summarizeRelations(relations, roster);
    expect(s.total).toBe(7);
    expect(s.abnormal).toBe(5);
    expect(s.byReason).toEqual({
      'account-inactive': 2,
      'not-dedicated': 0,
      'not-in-routing': 2,
      'no-dedicated-cs': 2,
      'bound-to-main': 0,
      'unknown-account': 1,
    });
    expect(s.byAccount.map((a) => [a.accountId, a.name, a.known, a.total, a.abnormal])).toEqual([
      [null, '', false, 2, 2],
      ['店铺:阿离', '店铺:阿离', true, 2, 2],
      ['店铺:新人', '店铺:新人', false, 1, 1],
      ['店铺:小王', '店铺:小王', true, 2, 0],
    ]);
    expect(s.byAccount[1]!.byReason).toMatchObject({ 'account-inactive': 2, 'not-in-routing': 2 });
    // An account without relations is not listed; nothing at all gives zeros.
    expect(s.byAccount.some((a) => a.accountId === '店铺:空闲')).toBe(false);
    expect(summarizeRelations([], roster)).toMatchObject({ total: 0, abnormal: 0, byAccount: [] });
  });
});
