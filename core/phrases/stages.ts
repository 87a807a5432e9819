import { say, type Lang } from '../i18n';

/**
 * The sales stages a phrase belongs to, in the order every list shows them, with their names.
 * The one list: the schema, the stage pickers, the file columns and the import read it from here.
 * In a module of its own, free of zod, so the phrase form's bundle stays free of a schema library.
 */
export const SALES_STAGES = [
  { id: 'presale', zh: '售前', en: 'Pre-sale' },
  { id: 'insale', zh: '售中', en: 'In-sale' },
  { id: 'aftersale', zh: '售后', en: 'After-sale' },
  { id: 'promotion', zh: '大促', en: 'Promotion' },
  { id: 'closing', zh: '结束', en: 'Closing' },
] as const;

export type PhraseStage = (typeof SALES_STAGES)[number]['id'];

/** The stage ids, as a tuple (zod's `z.enum` wants one). */
export const PHRASE_STAGES = SALES_STAGES.map((stage) => stage.id) as unknown as readonly [PhraseStage, ...PhraseStage[]];

/** 售前 / Pre-sale: the name of a stage in the UI language. */
export function stageName(stage: PhraseStage, lang: Lang): string {
  const { zh, en } = SALES_STAGES.find((s) => s.id === stage)!;
  return say(lang, zh, en);
}

/** `售前` / `Pre-sale` / `presale` (any case) → `presale`; anything else → undefined. */
export function stageFromName(name: string): PhraseStage | undefined {
  const key = name.trim().toLowerCase();
  return SALES_STAGES.find((s) => s.id === key || s.zh === key || s.en.toLowerCase() === key)?.id;
}
