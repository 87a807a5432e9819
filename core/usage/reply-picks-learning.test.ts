import { describe, expect, it } from 'vitest';
import { createIdMaker } from '../ids';
import { createLibraryService } from '../library';
import { createReplyIndex, suggestReplies } from '../phrases';
import { createFlakyBackend, createTestStore } from '../../test/helpers/store';
import { createUsageService } from '.';

// Issue 10 item 3 through the real pieces: what the sidebar sends when the agent inserts, the
// memory the view carries, and the suggestions reading it; then forgetting.
describe('learning from picks, end to end in core', () => {
  it('an insertion with the buyer’s question raises that phrase for a similar question; forgetting undoes it', async () => {
    let t = 1_764_000_000_000;
    const now = () => (t += 1000);
    const store = createTestStore({ backend: createFlakyBackend(), now, actor: 'dev', lang: 'zh' });
    const library = createLibraryService({ store, newId: createIdMaker({ now }), lang: 'zh' });
    const usage = createUsageService({ store, now, lang: 'zh' });
    const save = async (title: string, text: string, tags: string[] = []) => (await library.savePhrase({ title, text, tags, groupId: null })).value.id;
    const postage = await save('运费说明', '亲，满99元免运费，不满收10元。');
    await save('发货时间', '付款后48小时内发货，发出后可以在订单里查物流。');
    const warranty = await save('售后保障', '整机一年，坏了寄回来修。', ['保修']);

    const question = '这个东西用久了会不会掉漆';
    const suggest = async () => {
      const view = await library.view();
      return suggestReplies(createReplyIndex(view.phrases), [question], 3, { picks: view.replyPicks, now: t }).map((s) => s.id);
    };
    const before = await suggest();
    expect(before[0]).not.toBe(warranty);

    // What the sidebar sends: the buyer's open messages joined by '\n' (full-width as typed).
    await usage.recordUsage(warranty, '在吗\n用久了会掉漆吗？');
    expect((await suggest())[0]).toBe(warranty);
    // Another question is not swayed by that pick.
    const view = await library.view();
    expect(suggestReplies(createReplyIndex(view.phrases), ['包邮吗'], 3, { picks: view.replyPicks })[0]?.id).toBe(postage);

    await usage.forgetReplyPicks(warranty);
    expect(await suggest()).toEqual(before);
    await usage.recordUsage(warranty, '用久了会掉漆吗');
    await usage.forgetReplyPicks();
    expect(await suggest()).toEqual(before);
  });
});
