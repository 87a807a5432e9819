/** Nested groups: `parentId` links, siblings ordered by `order` (then id, so the order is total). */
export interface TreeGroup {
  id: string;
  parentId: string | null;
  order: number;
}

const byOrder = (a: { order: number; id: string }, b: { order: number; id: string }) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Groups depth-first, each group followed by its children, siblings by order. A group whose
 * parent is missing counts as top-level, and a (stored, broken) cycle cannot loop or drop a group.
 */
export function groupsInTreeOrder<G extends TreeGroup>(groups: readonly G[]): G[] {
  const ids = new Set(groups.map((g) => g.id));
  const children = new Map<string | null, G[]>();
  for (const g of groups) {
    const parent = g.parentId !== null && ids.has(g.parentId) && g.parentId !== g.id ? g.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(g);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort(byOrder);
  const out: G[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null) => {
    for (const g of children.get(parent) ?? []) {
      if (seen.has(g.id)) continue;
      seen.add(g.id);
      out.push(g);
      visit(g.id);
    }
  };
  visit(null);
  // Groups only reachable through a cycle: keep them visible, at the end.
  for (const g of [...groups].sort(byOrder)) {
    if (seen.has(g.id)) continue;
    seen.add(g.id);
    out.push(g);
    visit(g.id);
  }
  return out;
}

/** Ids of every group below `id` (children, their children, …). */
export function descendantIds(groups: readonly TreeGroup[], id: string): Set<string> {
  const out = new Set<string>();
  let frontier = [id];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const g of groups) {
      if (g.parentId !== null && frontier.includes(g.parentId) && !out.has(g.id) && g.id !== id) {
        out.add(g.id);
        next.push(g.id);
      }
    }
    frontier = next;
  }
  return out;
}

export { byOrder };
