import { describe, expect, it } from 'vitest';
import { createIdMaker } from '../ids';
import { createMemoryBackend } from '../store';
import { createTestClock, createTestStore } from '../../test/helpers/store';
import {
  RECORDS_MAX,
  RECORD_MESSAGES_MAX,
  RECORD_MESSAGE_CHARS,
  RECORD_TOTAL_CHARS,
  boundConversation,
  conversationDraftSchema,
  createRecordsService,
  recordText,
  withoutRecordText,
  type ConversationDraft,
  type RecordedMessage,
} from '.';

function setup(lang: 'zh' | 'en' = 'en') {
  const now = createTestClock();
  const backend = createMemoryBackend();
  const store = createTestStore({ backend, now, actor: 'local', lang });
  const records = createRecordsService({ store, newId: createIdMaker({ now }), now, lang });
  return { store, records, backend, now };
}

const draft = (messages: RecordedMessage[], more: Partial<ConversationDraft> = {}): ConversationDraft => ({
  site: '拼多多',
  buyerId: '7301001',
  buyerName: '张**',
  product: '保温杯 500ml',
  messages,
  cuts: { earlier: 0, long: 0 },
  ...more,
});
const buyer = (text: string): RecordedMessage => ({ from: 'buyer', text });
const agent = (text: string): RecordedMessage => ({ from: 'agent', text });

describe('boundConversation', () => {
  it('keeps page order and who wrote each, drops empty messages', () => {
    const { messages, cuts } = boundConversation([buyer('在吗'), agent('在的亲'), buyer('   '), buyer('什么时候发货？')]);
    expect(messages).toEqual([buyer('在吗'), agent('在的亲'), buyer('什么时候发货？')]);
    expect(cuts).toEqual({ earlier: 0, long: 0 });
  });

  it('cuts long messages, keeps the latest messages, and counts what it left out', () => {
    const many = Array.from({ length: RECORD_MESSAGES_MAX + 5 }, (_, i) => buyer(`第 ${i} 条`));
    const bounded = boundConversation(many, { earlier: 2, long: 0 });
    expect(bounded.messages).toHaveLength(RECORD_MESSAGES_MAX);
    expect(bounded.messages[0]!.text).toBe('第 5 条');
    expect(bounded.cuts.earlier).toBe(7);

    const long = boundConversation([buyer('x'.repeat(RECORD_MESSAGE_CHARS + 1)), agent('ok')]);
    expect(long.messages[0]!.text).toHaveLength(RECORD_MESSAGE_CHARS);
    expect(long.cuts).toEqual({ earlier: 0, long: 1 });
  });

  it('drops the oldest messages until the whole record fits its total size', () => {
    const count = Math.ceil(RECORD_TOTAL_CHARS / RECORD_MESSAGE_CHARS) + 3;
    const bounded = boundConversation(Array.from({ length: count }, (_, i) => buyer(String(i % 10).repeat(RECORD_MESSAGE_CHARS))));
    const total = bounded.messages.reduce((n, m) => n + m.text.length, 0);
    expect(total).toBeLessThanOrEqual(RECORD_TOTAL_CHARS);
    expect(bounded.messages.length + bounded.cuts.earlier).toBe(count);
    expect(bounded.cuts.earlier).toBeGreaterThan(0);
  });
});

describe('the draft a page sends is validated', () => {
  it('refuses too many or too long messages and an unknown author, naming the field', () => {
    expect(conversationDraftSchema.safeParse(draft([buyer('a')])).success).toBe(true);
    expect(conversationDraftSchema.safeParse(draft([buyer('x'.repeat(RECORD_MESSAGE_CHARS + 1))])).success).toBe(false);
    expect(conversationDraftSchema.safeParse(draft(Array.from({ length: RECORD_MESSAGES_MAX + 1 }, () => buyer('a')))).success).toBe(false);
    const bad = conversationDraftSchema.safeParse(draft([{ from: 'robot', text: 'hi' } as unknown as RecordedMessage]));
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(['messages', 0, 'from']);
    expect(conversationDraftSchema.safeParse(draft([])).success).toBe(false);
  });
});

describe('conversation records', () => {
  it('saves, lists newest first, shows one, and survives a reload of the store', async () => {
    const { records, backend, now } = setup();
    await records.save(draft([buyer('在吗'), agent('在的亲'), buyer('什么时候发货？')]));
    const second = await records.save(draft([buyer('包邮吗')], { buyerId: '7301006', buyerName: '陈**', product: null }));
    expect(second.value).toMatchObject({ stored: 2, max: RECORDS_MAX, summary: { buyerName: '陈**', messageCount: 1, snippet: '包邮吗' } });
    expect(second.value.summary.id).toMatch(/^local:conversation:/);

    const { value } = await records.list();
    expect(value.records.map((r) => r.buyerName)).toEqual(['陈**', '张**']);
    expect(value.total).toBe(2);

    const reopened = createRecordsService({ store: createTestStore({ backend, now, actor: 'local' }), newId: createIdMaker({ now }), now, lang: 'en' });
    const full = await reopened.get(value.records[1]!.id);
    expect(full.value.messages).toEqual([buyer('在吗'), agent('在的亲'), buyer('什么时候发货？')]);
    expect(full.value).toMatchObject({ site: '拼多多', product: '保温杯 500ml', scope: 'local' });
  });

  it('searches the text of every record (width and case folded), every word must match', async () => {
    const { records } = setup();
    await records.save(draft([buyer('ＸＬ码有货吗'), agent('有的亲')]));
    await records.save(draft([buyer('包邮吗'), agent('包邮的')], { buyerName: '李先生', buyerId: 'li' }));
    const find = async (q: string) => (await records.list(q)).value.records.map((r) => r.buyerName);
    expect(await find('xl')).toEqual(['张**']);
    expect(await find('包邮 李先生')).toEqual(['李先生']);
    expect(await find('包邮 张')).toEqual([]);
    expect(await find('保温杯')).toEqual(['李先生', '张**']);
    expect((await records.list('有货')).value.records[0]!.snippet).toContain('ＸＬ码有货吗');
  });

  it('refuses a conversation without text, and a save past the most records kept, saying why', async () => {
    const { records, store } = setup();
    await expect(records.save(draft([buyer('  ')]))).rejects.toThrow(/no text message/);
    await store.write(
      Array.from({ length: RECORDS_MAX }, (_, i) => ({
        put: { id: `local:conversation:x${i}`, type: 'conversationRecord', scope: 'local' as const, site: 's', buyerId: 'b', buyerName: '', product: null, savedAt: i, messages: [], cuts: { earlier: 0, long: 0 } },
      })),
    );
    await expect(records.save(draft([buyer('hi')]))).rejects.toThrow(/500 conversation records/);
  });

  it('deletes one, then all, leaving nothing of the conversation in storage', async () => {
    const { records, backend } = setup();
    const a = await records.save(draft([buyer('我的手机号 13800000000')]));
    await records.save(draft([buyer('退货地址发我')]));
    await records.delete(a.value.summary.id);
    expect((await records.list()).value.records).toHaveLength(1);
    await expect(records.get(a.value.summary.id)).rejects.toThrow(/not found/);
    await expect(records.delete(a.value.summary.id)).rejects.toThrow(/not found/);
    const all = await records.deleteAll();
    expect(all.value.deleted).toBe(1);
    expect((await records.list()).value.records).toEqual([]);
    const stored = JSON.stringify(await backend.loadAll());
    expect(stored).not.toContain('13800000000');
    expect(stored).not.toContain('退货地址');
  });

  it('exports text with who wrote each line and what was cut, and JSON with the data', async () => {
    const { records } = setup('zh');
    await records.save(draft([buyer('在吗'), agent('在的亲\n请问有什么可以帮您'), buyer('<script>alert(1)</script>')], { cuts: { earlier: 3, long: 0 } }));
    const text = (await records.export('text')).value;
    expect(text.fileName).toMatch(/^conversation-records-\d{12}\.txt$/);
    expect(text.content).toContain('[买家] 在吗\n[客服] 在的亲\n    请问有什么可以帮您\n[买家] <script>alert(1)</script>');
    expect(text.content).toContain('较早的 3 条消息没有保存');
    expect(text.content).toContain('商品: 保温杯 500ml');
    const json = JSON.parse((await records.export('json')).value.content);
    expect(json).toMatchObject({ format: 'kefu-conversation-records', version: 1 });
    expect(json.records).toHaveLength(1);
    expect(json.records[0]).toMatchObject({ buyerId: '7301001', buyerName: '张**', cuts: { earlier: 3, long: 0 } });
    expect(json.records[0].messages[2]).toEqual({ from: 'buyer', text: '<script>alert(1)</script>' });
    await expect(records.export('text', '没有这个词')).rejects.toThrow(/没有可以导出/);
    // The page that asks chooses the file's language.
    expect((await records.export('text', '', 'en')).value.content).toContain('[Buyer] 在吗');
  });

  it('gives the buyer questions of every record for grouping, and keeps the text out of broadcasts', async () => {
    const { records } = setup();
    const saved = await records.save(draft([buyer('包邮吗'), agent('包邮的'), buyer('几天到')]));
    expect((await records.questions()).value.questions).toEqual([
      { text: '包邮吗', conversation: saved.value.summary.id },
      { text: '几天到', conversation: saved.value.summary.id },
    ]);
    const told = JSON.stringify(withoutRecordText(saved.written));
    expect(told).not.toContain('包邮');
    expect(told).not.toContain('张**');
  });

  it('renders a record as text without interpreting it', () => {
    const text = recordText(
      { id: 'local:conversation:1', type: 'conversationRecord', scope: 'local', schemaVersion: 3, createdAt: 0, updatedAt: 0, updatedBy: 'local', site: 'JD', buyerId: 'b', buyerName: '', product: null, savedAt: 0, messages: [buyer('مرحبا 🙂')], cuts: { earlier: 0, long: 2 } },
      'en',
    );
    expect(text).toContain('Buyer: b (b)');
    expect(text).toContain('[Buyer] مرحبا 🙂');
    expect(text).toContain('2 long message(s) kept to their first 2,000 characters');
  });
});
