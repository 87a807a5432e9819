/**
 * Nested groups: `parentId` links, siblings ordered by `order` (then id, so the order is total).
 * The one tree of the library, used by the background (snapshot order, move checks) and by every
 * group picker and the manager's group tree. Pure; in a module of its own (no zod, no store) so the
 * sidebar's phrase form can import it directly without the rest of the library service.
 */
export interface TreeGroup {
  id: string;
  parentId: string | null;
  order: number;
}

/** A group with its depth (0 = top level) and its children, in order. */
export interface GroupNode<G extends TreeGroup = TreeGroup> {
  group: G;
  depth: number;
  children: GroupNode<G>[];
}

export type DropPosition = 'before' | 'after' | 'inside';

/** Sibling order: `order`, then id. */
export const byOrder = (a: { order: number; id: string }, b: { order: number; id: string }) =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Groups as a tree, siblings by order. A group whose parent is missing, or that sits in a (stored,
 * broken) cycle, is shown at the top level rather than lost.
 */
export function buildGroupTree<G extends TreeGroup>(groups: readonly G[]): GroupNode<G>[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const reachesTop = (g: G): boolean => {
    const seen = new Set([g.id]);
    let parent = g.parentId;
    while (parent !== null) {
      const above = byId.get(parent);
      if (!above || seen.has(parent)) return false;
      seen.add(parent);
      parent = above.parentId;
    }
    return true;
  };
  const children = new Map<string | null, G[]>();
  for (const g of groups) {
    const parent = reachesTop(g) ? g.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(g);
    children.set(parent, list);
  }
  const build = (parent: string | null, depth: number): GroupNode<G>[] =>
    (children.get(parent) ?? []).sort(byOrder).map((group) => ({ group, depth, children: build(group.id, depth + 1) }));
  return build(null, 0);
}

/** Depth-first list of the tree: each group followed by its children. */
export function flattenTree<G extends TreeGroup>(nodes: readonly GroupNode<G>[]): GroupNode<G>[] {
  return nodes.flatMap((n) => [n, ...flattenTree(n.children)]);
}

/** Groups depth-first, each followed by its children, siblings by order (see `buildGroupTree`). */
export function groupsInTreeOrder<G extends TreeGroup>(groups: readonly G[]): G[] {
  return flattenTree(buildGroupTree(groups)).map((n) => n.group);
}

/**
 * Ids of every group below `id` by the stored `parentId` links (children, their children, …),
 * cycles included: what a move must not put `id` under.
 */
export function descendantIds(groups: readonly TreeGroup[], id: string): Set<string> {
  const out = new Set<string>();
  let frontier = new Set([id]);
  while (frontier.size > 0) {
    const next = new Set<string>();
    for (const g of groups) {
      if (g.parentId !== null && frontier.has(g.parentId) && !out.has(g.id) && g.id !== id) {
        out.add(g.id);
        next.add(g.id);
      }
    }
    frontier = next;
  }
  return out;
}

/** The ids of a group and everything under it in the tree. */
export function subtreeIds(nodes: readonly GroupNode[], id: string): Set<string> {
  const node = flattenTree(nodes).find((n) => n.group.id === id);
  return new Set(node ? flattenTree([node]).map((n) => n.group.id) : [id]);
}

/** The children of `parentId` (null: the top level), in order. */
export function siblingsOf<G extends TreeGroup>(nodes: readonly GroupNode<G>[], parentId: string | null): G[] {
  if (parentId === null) return nodes.map((n) => n.group);
  const parent = flattenTree(nodes).find((n) => n.group.id === parentId);
  return parent ? parent.children.map((n) => n.group) : [];
}

/**
 * Where a dragged group lands when dropped on `targetId`: its new parent and that parent's
 * children in their new order. Null when the drop would put a group inside itself.
 */
export function planGroupDrop(
  nodes: readonly GroupNode[],
  draggedId: string,
  targetId: string,
  position: DropPosition,
): { parentId: string | null; orderedIds: string[] } | null {
  if (draggedId === targetId || subtreeIds(nodes, draggedId).has(targetId)) return null;
  const target = flattenTree(nodes).find((n) => n.group.id === targetId);
  if (!target) return null;
  if (position === 'inside') {
    const ids = target.children.map((n) => n.group.id).filter((id) => id !== draggedId);
    return { parentId: targetId, orderedIds: [...ids, draggedId] };
  }
  const parentId = target.depth === 0 ? null : target.group.parentId;
  const ids = siblingsOf(nodes, parentId)
    .map((g) => g.id)
    .filter((id) => id !== draggedId);
  ids.splice(ids.indexOf(targetId) + (position === 'after' ? 1 : 0), 0, draggedId);
  return { parentId, orderedIds: ids };
}

/** Moves `id` one step within `ids` (-1 up, +1 down); a copy unchanged when it cannot move. */
export function moveInList(ids: readonly string[], id: string, step: -1 | 1): string[] {
  const at = ids.indexOf(id);
  const to = at + step;
  if (at < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[at], next[to]] = [next[to]!, next[at]!];
  return next;
}

/** `ids` with `draggedId` placed before or after `targetId`. */
export function placeInList(ids: readonly string[], draggedId: string, targetId: string, after: boolean): string[] {
  if (draggedId === targetId) return [...ids];
  const next = ids.filter((id) => id !== draggedId);
  const at = next.indexOf(targetId);
  if (at < 0) return [...ids];
  next.splice(at + (after ? 1 : 0), 0, draggedId);
  return next;
}
