import { describe, expect, it } from 'vitest';
import { buildGroupTree, flattenTree, moveInList, placeInList, planGroupDrop } from './group-tree';
import { group } from '../../test/helpers/manager';

const GROUPS = [group('a', 'A', 1), group('b', 'B', 0), group('a1', 'A1', 0, 'a'), group('a2', 'A2', 1, 'a'), group('x', 'X', 2, 'gone')];

describe('group tree', () => {
  it('nests by parentId, orders siblings and keeps orphans and cycles at the top', () => {
    const cyclic = [...GROUPS, group('c1', 'C1', 5, 'c2'), group('c2', 'C2', 6, 'c1')];
    const flat = flattenTree(buildGroupTree(cyclic)).map((n) => `${'-'.repeat(n.depth)}${n.group.id}`);
    expect(flat).toEqual(['b', 'a', '-a1', '-a2', 'x', 'c1', 'c2']);
  });

  it('plans a drop before, after or inside another group', () => {
    const tree = buildGroupTree(GROUPS);
    expect(planGroupDrop(tree, 'b', 'a2', 'inside')).toEqual({ parentId: 'a2', orderedIds: ['b'] });
    expect(planGroupDrop(tree, 'b', 'a1', 'after')).toEqual({ parentId: 'a', orderedIds: ['a1', 'b', 'a2'] });
    expect(planGroupDrop(tree, 'a2', 'b', 'before')).toEqual({ parentId: null, orderedIds: ['a2', 'b', 'a', 'x'] });
  });

  it('refuses to put a group inside itself or its own subgroup', () => {
    const tree = buildGroupTree(GROUPS);
    expect(planGroupDrop(tree, 'a', 'a1', 'inside')).toBeNull();
    expect(planGroupDrop(tree, 'a', 'a', 'after')).toBeNull();
  });

  it('moves an id one step and places a dragged id', () => {
    expect(moveInList(['p', 'q', 'r'], 'q', -1)).toEqual(['q', 'p', 'r']);
    expect(moveInList(['p', 'q', 'r'], 'r', 1)).toEqual(['p', 'q', 'r']);
    expect(placeInList(['p', 'q', 'r'], 'p', 'r', true)).toEqual(['q', 'r', 'p']);
    expect(placeInList(['p', 'q', 'r'], 'r', 'p', false)).toEqual(['r', 'p', 'q']);
  });
});
