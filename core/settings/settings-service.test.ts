import { describe, expect, it } from 'vitest';
import { createIdMaker } from '../ids';
import { createLibraryService } from '../library';
import { createMemoryBackend } from '../store';
import { createTestClock, createTestStore } from '../../test/helpers/store';
import { createSettingsService } from './settings-service';

function setup() {
  const now = createTestClock();
  const store = createTestStore({ backend: createMemoryBackend(), now, actor: 'dev', lang: 'en' });
  return { library: createLibraryService({ store, newId: createIdMaker({ now }), lang: 'en' }), settings: createSettingsService({ store, lang: 'en' }) };
}

describe('settings service (read back through the library view)', () => {
  it('saves selector overrides as a local record and lists them in the snapshot', async () => {
    const { library, settings } = setup();
    const { value } = await settings.saveSelectorOverrides('jd', { chatInput: '#editor' });
    expect(value.id).toBe('local:selectors:jd');
    expect((await library.view()).selectorOverrides).toEqual([
      expect.objectContaining({ id: 'local:selectors:jd', scope: 'local', site: 'jd', overrides: { chatInput: '#editor' } }),
    ]);
    await expect(settings.saveSelectorOverrides('jd', { chatInput: '  ' })).rejects.toMatchObject({ code: 'invalid-data' });
  });

  it('keeps variable settings for {店铺} and {客服}, dropping empty values', async () => {
    const { library, settings } = setup();
    await settings.saveVariableSettings({ 店铺: ' 小鹿家居 ', 客服: '', 发货时间: '48小时内' });
    expect((await library.view()).variableSettings).toEqual({ 店铺: '小鹿家居', 发货时间: '48小时内' });
    await expect(settings.saveVariableSettings({ 店铺: 'x'.repeat(101) })).rejects.toMatchObject({ code: 'invalid-data' });
    expect((await library.view()).variableSettings).toEqual({ 店铺: '小鹿家居', 发货时间: '48小时内' });
  });

  it('keeps the owner synonym pairs, trimmed, each pair once, and forgets a removed one', async () => {
    const { library, settings } = setup();
    expect((await library.view()).synonymPairs).toEqual([]);
    await settings.saveSynonymPairs([
      [' 顺风 ', '顺丰'],
      ['顺丰', '顺风'],
      ['SF', '顺丰'],
    ]);
    expect((await library.view()).synonymPairs).toEqual([
      ['顺风', '顺丰'],
      ['SF', '顺丰'],
    ]);
    await settings.saveSynonymPairs([['SF', '顺丰']]);
    expect((await library.view()).synonymPairs).toEqual([['SF', '顺丰']]);
  });

  it('refuses a bad synonym pair, saying which pair and word, and keeps the list', async () => {
    const { library, settings } = setup();
    await settings.saveSynonymPairs([['顺风', '顺丰']]);
    const error = await settings.saveSynonymPairs([['顺风', '顺丰'], ['包邮', ' ']]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid-data', details: [expect.stringContaining('[1][1]')] }); // 2nd pair, 2nd word
    await expect(settings.saveSynonymPairs([['快递', '快递']])).rejects.toMatchObject({ code: 'invalid-data' });
    await expect(settings.saveSynonymPairs([['快'.repeat(13), '物流']])).rejects.toMatchObject({ code: 'invalid-data' });
    expect((await library.view()).synonymPairs).toEqual([['顺风', '顺丰']]);
  });

  it('remembers per console whether the sidebar is collapsed', async () => {
    const { library, settings } = setup();
    expect((await library.view()).sidebarCollapsed).toEqual({});
    await settings.saveSidebarCollapsed('jd', true);
    await settings.saveSidebarCollapsed('pinduoduo', false);
    expect((await library.view()).sidebarCollapsed).toEqual({ jd: true, pinduoduo: false });
    await expect(settings.saveSidebarCollapsed('taobao' as never, true)).rejects.toMatchObject({ code: 'invalid-data' });
  });
});
