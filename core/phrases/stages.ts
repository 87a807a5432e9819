/**
 * Sales stages a phrase belongs to (售前/售中/售后/大促/结束). In a module of its own, free of zod,
 * because the content script's phrase form needs the list and must not pull a schema library in.
 */
export const PHRASE_STAGES = ['presale', 'insale', 'aftersale', 'promotion', 'closing'] as const;
export type PhraseStage = (typeof PHRASE_STAGES)[number];
