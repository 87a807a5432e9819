import { describe, expect, it } from 'vitest';
import {
  buildGroupTree,
  descendantIds,
  flattenTree,
  groupsInTreeOrder,
  moveInList,
  placeInList,
  planGroupDrop,
  siblingsOf,
  type TreeGroup,
} from './index';

const g = (id: string, order: number, parentId: string | null = null): TreeGroup => ({ id, order, parentId });
const GROUPS = [g('a', 1), g('b', 0), g('a1', 0, 'a'), g('a2', 1, 'a'), g('x', 2, 'gone')];
const drawn = (groups: readonly TreeGroup[]) => flattenTree(buildGroupTree(groups)).map((n) => `${'-'.repeat(n.depth)}${n.group.id}`);

describe('group tree', () => {
  it('nests by parentId, orders siblings and keeps orphans and cycles at the top', () => {
    const cyclic = [...GROUPS, g('c1', 5, 'c2'), g('c2', 6, 'c1'), g('self', 7, 'self')];
    expect(drawn(cyclic)).toEqual(['b', 'a', '-a1', '-a2', 'x', 'c1', 'c2', 'self']);
    expect(groupsInTreeOrder(cyclic).map((group) => group.id)).toEqual(['b', 'a', 'a1', 'a2', 'x', 'c1', 'c2', 'self']);
  });

  it('breaks ties of order by id, whatever order the groups come in', () => {
    const tied = [g('n', 0), g('m', 0), g('m2', 0, 'm'), g('m1', 0, 'm')];
    expect(drawn(tied)).toEqual(['m', '-m1', '-m2', 'n']);
    expect(drawn([...tied].reverse())).toEqual(['m', '-m1', '-m2', 'n']);
  });

  it('finds descendants by the stored links, through a cycle too', () => {
    expect([...descendantIds(GROUPS, 'a')].sort()).toEqual(['a1', 'a2']);
    expect([...descendantIds([g('c1', 0, 'c2'), g('c2', 0, 'c1')], 'c1')]).toEqual(['c2']);
    expect(descendantIds(GROUPS, 'b').size).toBe(0);
  });

  it('lists the children of a parent, the top level for null', () => {
    const tree = buildGroupTree(GROUPS);
    expect(siblingsOf(tree, null).map((group) => group.id)).toEqual(['b', 'a', 'x']);
    expect(siblingsOf(tree, 'a').map((group) => group.id)).toEqual(['a1', 'a2']);
  });

  it('plans a drop before, after or inside another group', () => {
    const tree = buildGroupTree(GROUPS);
    expect(planGroupDrop(tree, 'b', 'a2', 'inside')).toEqual({ parentId: 'a2', orderedIds: ['b'] });
    expect(planGroupDrop(tree, 'b', 'a1', 'after')).toEqual({ parentId: 'a', orderedIds: ['a1', 'b', 'a2'] });
    expect(planGroupDrop(tree, 'a2', 'b', 'before')).toEqual({ parentId: null, orderedIds: ['a2', 'b', 'a', 'x'] });
  });

  it('drops next to an orphan shown at the top level as a top-level group', () => {
    expect(planGroupDrop(buildGroupTree(GROUPS), 'a1', 'x', 'after')).toEqual({ parentId: null, orderedIds: ['b', 'a', 'x', 'a1'] });
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
