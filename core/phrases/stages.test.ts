import { describe, expect, it } from 'vitest';
import { PHRASE_STAGES, SALES_STAGES, phraseStageSchema, stageFromName, stageName } from './index';

describe('sales stages', () => {
  it('are one list: the schema accepts exactly its ids, in its order', () => {
    expect(PHRASE_STAGES).toEqual(['presale', 'insale', 'aftersale', 'promotion', 'closing']);
    expect(phraseStageSchema.options).toEqual(SALES_STAGES.map((s) => s.id));
    expect(phraseStageSchema.safeParse('双十一').success).toBe(false);
  });

  it('name each stage in both languages', () => {
    expect(PHRASE_STAGES.map((s) => stageName(s, 'zh'))).toEqual(['售前', '售中', '售后', '大促', '结束']);
    expect(stageName('aftersale', 'en')).toBe('After-sale');
  });

  it('read a stage from its id or either name, any case, and nothing else', () => {
    expect(['presale', '售前', 'Pre-sale', ' PRE-SALE ', 'closing', '结束'].map(stageFromName)).toEqual(['presale', 'presale', 'presale', 'presale', 'closing', 'closing']);
    expect(stageFromName('售前咨询')).toBeUndefined();
    expect(stageFromName('')).toBeUndefined();
  });
});
