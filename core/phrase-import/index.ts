export {
  DERIVED_TITLE_LENGTH,
  IMPORT_ROWS_MAX,
  deriveTitle,
  planImport,
  previewRows,
  type ImportPreview,
  type ImportPreviewRow,
  type ImportProblem,
  type ImportStatus,
} from './import-plan';
export { createPhraseImport, type PhraseImport, type PhraseImportDeps } from './import-service';
export { phraseImportArea } from './area';
