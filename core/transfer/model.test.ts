import { describe, expect, it } from 'vitest';
import { decodeAssignments, encodeAssignments, withoutTaskAssignments, type Assignment } from '.';

describe('task assignments, packed', () => {
  it('round-trip, with account ids written once', () => {
    const list: Assignment[] = [
      { buyerId: 'b1', from: 'R', to: 'A' },
      { buyerId: 'b2', from: null, to: 'A' },
      { buyerId: 'b"3\n', from: 'A', to: 'B' },
    ];
    const text = encodeAssignments(list);
    expect(decodeAssignments(text)).toEqual(list);
    expect(text.match(/"A"/g)).toHaveLength(1);
  });

  it('read a damaged payload as no relations rather than failing', () => {
    expect(decodeAssignments('{not json')).toEqual([]);
    expect(decodeAssignments('{"a":["A"],"b":["x","y"],"f":[-1,7],"t":[0,0]}')).toEqual([{ buyerId: 'x', from: null, to: 'A' }]);
  });

  it('leave a task’s relations out of broadcasts', () => {
    const records = withoutTaskAssignments([{ type: 'transferTask', assignments: 'big' }, { type: 'phrase', assignments: 'kept' }]);
    expect(records).toEqual([{ type: 'transferTask', assignments: '' }, { type: 'phrase', assignments: 'kept' }]);
  });
});
