import { expect, it } from 'vitest';
import { timeAgo, whenText } from './when';

const NOW = Date.UTC(2026, 11, 1, 16, 40);

it('says how long ago in both languages, never negative', () => {
  expect(timeAgo('zh', NOW - 20_000, NOW)).toBe('刚刚');
  expect(timeAgo('zh', NOW + 60_000, NOW)).toBe('刚刚');
  expect(timeAgo('zh', NOW - 5 * 60_000, NOW)).toBe('5 分钟前');
  expect(timeAgo('en', NOW - 3 * 3_600_000, NOW)).toBe('3 h ago');
  expect(timeAgo('en', NOW - 2 * 86_400_000 - 5, NOW)).toBe('2 day(s) ago');
});

it('puts the exact time beside it', () => {
  expect(whenText('en', NOW - 5 * 60_000, NOW)).toMatch(/^5 min ago \(Dec 1, 2026, \d\d:\d\d/);
  expect(whenText('zh', NOW - 5 * 60_000, NOW)).toMatch(/^5 分钟前（2026年12月1日 \d\d:\d\d）$/);
});
