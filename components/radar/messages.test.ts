import { describe, expect, it } from 'vitest';
import { clockText } from './messages';

describe('clockText', () => {
  it('shows minutes and seconds, hours when there are some, never negative', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(75)).toBe('1:15');
    expect(clockText(3725)).toBe('1:02:05');
    expect(clockText(-5)).toBe('0:00');
  });
});
