/** The tag list of a search index, from phrases in index order. Pure; pages bundle it. */
import type { IndexedTag } from './search-types';

/** Each tag once (first spelling, trimmed), with the positions of the phrases carrying it. */
export function tagsOfPhrases(phrases: readonly { tags?: readonly string[] | undefined }[]): IndexedTag[] {
  const byName = new Map<string, IndexedTag>();
  phrases.forEach((phrase, pos) => {
    for (const raw of phrase.tags ?? []) {
      const name = raw.trim();
      if (!name) continue;
      let tag = byName.get(name);
      if (!tag) byName.set(name, (tag = { name, members: [] }));
      if (tag.members[tag.members.length - 1] !== pos) tag.members.push(pos);
    }
  });
  return [...byName.values()];
}
