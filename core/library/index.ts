export { createLibraryService, starterGroupId, starterPhraseId, type LibraryService, type LibraryServiceDeps } from './library-service';
export { createPhraseIndexCache, type PhraseIndexCache } from './phrase-index-cache';
export { buildLibraryView, libraryOrder, librarySettings, missingSearchKeys, phraseIndexOf, type LibraryRecords } from './library-view';
export { cyrb53, keyStamp, keysFit, readSavedKeys, type PhraseKeys, type SavedSearchKeys, type SearchKeys, type SearchKeysDelta } from './search-keys';
export { MAX_DELTA_RECORDS, changeBroadcast } from './change-broadcast';
export { PACKED_INDEX_FORMAT, adoptPackedIndex, packedIndexStamp, savedPackedIndex, type SavedPackedIndex } from './packed-index';
export { LIBRARY_BLOB_FORMAT, blobRevision, libraryBlobOf, loadOfBlob, type LibraryBlob } from './library-blob';
export type { LibraryView } from './library-view';
export { libraryArea } from './area';
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
