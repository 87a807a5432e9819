export { createLibraryService, starterGroupId, starterPhraseId, type LibraryService, type LibraryServiceDeps } from './library-service';
export { createPhraseIndexCache, type PhraseIndexCache, type SavedPhraseIndexCache } from './phrase-index-cache';
export {
  buildGroupTree,
  byOrder,
  descendantIds,
  flattenTree,
  groupsInTreeOrder,
  moveInList,
  placeInList,
  planGroupDrop,
  siblingsOf,
  subtreeIds,
  type DropPosition,
  type GroupNode,
  type TreeGroup,
} from './group-tree';
