export { createLibraryService, starterGroupId, starterPhraseId, type LibraryService, type LibraryServiceDeps } from './library-service';
