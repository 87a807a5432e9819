export { createLibraryService, starterGroupId, starterPhraseId, type LibraryService, type LibraryServiceDeps } from './library-service';
export { createPhraseIndexCache, type PhraseIndexCache, type SavedPhraseIndexCache } from './phrase-index-cache';
export type { LibraryView } from './library-view';
export { libraryArea } from './area';
