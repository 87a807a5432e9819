import { describe, expect, it } from 'vitest';
import { GROUP_PRESETS, defaultGroups, groupProblems, sortGroups, type CustomerGroup } from '.';

const g = (id: string, prefix: string, name: string): CustomerGroup => ({ id, prefix, name });

describe('customer groups', () => {
  it('start as the ten presets, numbered 1 to 10, in number order (10 after 9), in the agent’s language', () => {
    const zh = sortGroups(defaultGroups(), 'zh');
    expect(zh.map((x) => x.prefix)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(zh[0]!.label).toBe('1 好友');
    expect(zh[9]!.label).toBe('10 交易纠纷');
    expect(sortGroups(defaultGroups(), 'en')[9]!.label).toBe('10 Disputes');
    expect(GROUP_PRESETS).toHaveLength(10);
    expect(groupProblems(defaultGroups(), 'zh')).toEqual([]);
  });

  it('put sub-groups (1A, 1B) right after their number, indented; the rest by pinyin after the numbered ones', () => {
    const groups = [g('z', '', '张三的朋友'), g('b1', '1B', '老客户'), g('ten', '10', '纠纷'), g('one', '1', '好友'), g('a', '', '阿里批发'), g('a1', '1a'.toUpperCase(), '同学'), g('two', '2', '参谋'), g('p', '', '批发'), g('orphan', '3A', '孤儿')];
    const sorted = sortGroups(groups, 'zh');
    expect(sorted.map((x) => x.label)).toEqual(['1 好友', '1A 同学', '1B 老客户', '2 参谋', '3A 孤儿', '10 纠纷', '阿里批发', '批发', '张三的朋友']);
    expect(sorted.map((x) => x.depth)).toEqual([0, 1, 1, 0, 0, 0, 0, 0, 0]);
  });

  it('say which group is wrong and why: bad number, number or name used twice, empty or long name', () => {
    const problems = groupProblems([g('a', '1', '好友'), g('b', '1', '朋友'), g('c', 'X1', '乱'), g('d', '2', '好友'), g('e', '3', ' '), g('f', '4', '长'.repeat(31))], 'en');
    expect(problems).toEqual([
      'group “1 朋友”: number 1 is already used by “好友”',
      'group “X1 乱”: the number must be digits and up to two letters, e.g. 1, 1A, 10',
      'group “2 好友”: another group has this name',
      'group “3  ”: the name must not be empty',
      expect.stringContaining('the name is too long (at most 30 characters)'),
    ]);
  });
});
