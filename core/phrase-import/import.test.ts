import { describe, expect, it } from 'vitest';
import type { Lang } from '../i18n';
import { createIdMaker } from '../ids';
import { createLibraryService } from '../library';
import { parsePhraseFile, phrasesToLibraryJson } from '../phrase-files';
import type { ImportRow } from '../phrase-files/types';
import { createSnapshotService } from '../snapshots';
import { createFlakyBackend, createTestClock, createTestStore } from '../../test/helpers/store';
import { IMPORT_ROWS_MAX, createPhraseImport, deriveTitle } from '.';

function setup(lang: Lang = 'zh') {
  const backend = createFlakyBackend();
  const now = createTestClock();
  const store = createTestStore({ backend, now, actor: 'dev', lang });
  const newId = createIdMaker({ now });
  const library = createLibraryService({ store, newId, lang });
  const importer = createPhraseImport({ store, newId, lang });
  const snapshots = createSnapshotService({ store, newId, lang });
  return { backend, store, library, importer, snapshots };
}

/** A library like a seller's: one group with a sub-group, a few phrases with codes. */
async function seeded(lang: Lang = 'zh') {
  const s = setup(lang);
  const { value: ship } = await s.library.saveGroup({ name: '发货物流' });
  const { value: late } = await s.library.saveGroup({ name: '催发货', parentId: ship.id });
  const { value: when } = await s.library.savePhrase({ title: '发货时间', text: '付款后48小时内发货', code: 'fh', groupId: ship.id });
  const { value: sorry } = await s.library.savePhrase({ title: '超时致歉', text: '非常抱歉，已经帮您催仓库了', code: 'cfh', groupId: late.id, stage: 'insale' });
  const { value: hi } = await s.library.savePhrase({ title: '欢迎', text: '您好，欢迎光临', groupId: null });
  return { ...s, ship: ship.id, late: late.id, when: when.id, sorry: sorry.id, hi: hi.id };
}

describe('import preview', () => {
  it('sorts rows into new / changed / duplicate / invalid, matching by code first, else by text', async () => {
    const s = await seeded();
    const rows: ImportRow[] = [
      // same code (other case), same text and group: nothing to write
      { rowNumber: 2, code: 'FH', text: '付款后48小时内发货', groupPath: ['发货物流'] },
      // same code, other text: changed
      { rowNumber: 3, code: 'cfh', text: '非常抱歉让您久等了，已催仓库今天发出', groupPath: ['发货物流', '催发货'] },
      // no code, same text as an existing phrase (which has a code), no group column: duplicate
      { rowNumber: 4, text: '付款后48小时内发货' },
      // no code, same text, but now in a group that does not exist yet: changed
      { rowNumber: 5, text: '您好，欢迎光临', groupPath: ['问候'] },
      // new, with a title made from the text
      { rowNumber: 6, code: 'th', text: '支持七天无理由退货，运费由买家承担', groupPath: ['售后', '退货'] },
      // invalid: empty text
      { rowNumber: 7, code: 'kb', text: '   ' },
      // invalid: the same code as row 6
      { rowNumber: 8, code: 'TH', text: '另一条' },
      // invalid: unknown stage, too many tags
      { rowNumber: 9, text: '有的', stage: '随便', tags: Array.from({ length: 11 }, (_, i) => `标签${i}`) },
      // a known stage in Chinese, and a stage id
      { rowNumber: 10, text: '大促期间满300减40', stage: '大促', tags: ['活动'] },
      { rowNumber: 11, code: 'fh', text: '付款后48小时内发货' },
    ];
    const commits = s.backend.commits;
    const preview = await s.importer.previewImport(rows, 'phrases.csv');
    const status = Object.fromEntries(preview.rows.map((r) => [r.rowNumber, r.status]));
    expect(status).toEqual({ 2: 'duplicate', 3: 'changed', 4: 'duplicate', 5: 'changed', 6: 'new', 7: 'invalid', 8: 'invalid', 9: 'invalid', 10: 'new', 11: 'invalid' });
    expect(preview.counts).toEqual({ new: 2, changed: 2, duplicate: 2, invalid: 4 });

    const problems = Object.fromEntries(preview.rows.map((r) => [r.rowNumber, r.problems]));
    expect(problems[7]).toEqual([{ field: 'text', message: '第 7 行，快捷短语：不能为空' }]);
    expect(problems[8]).toEqual([{ field: 'code', message: '第 8 行，快捷编码：“TH”与第 6 行重复' }]);
    expect(problems[9]!.map((p) => p.field)).toEqual(['stage', 'tags']);
    expect(problems[9]![0]!.message).toMatch(/^第 9 行，阶段：“随便”不是已知的阶段/);
    expect(problems[9]![1]!.message).toBe('第 9 行，标签：太大（最多 10）');
    expect(problems[11]).toEqual([{ field: 'code', message: '第 11 行，快捷编码：“fh”与第 2 行重复' }]);
    // Titles: a matched phrase keeps its own; a new one gets the text's first characters.
    expect(preview.rows.find((r) => r.rowNumber === 3)!.title).toBe('超时致歉');
    expect(preview.rows.find((r) => r.rowNumber === 6)!.title).toBe('支持七天无理由退货，运费');
    // A preview writes nothing.
    expect(s.backend.commits).toBe(commits);
  });

  it('speaks English to an English seller, and a second identical text is skipped, naming the first', async () => {
    const s = setup('en');
    const preview = await s.importer.previewImport(
      [
        { rowNumber: 2, text: 'Hello' },
        { rowNumber: 3, text: 'Hello' },
        { rowNumber: 4, title: 'x'.repeat(61), text: 'ok' },
        { rowNumber: 5, text: 'ok too', groupPath: ['a'.repeat(41)] },
      ],
      'f.csv',
    );
    expect(preview.rows.map((r) => r.status)).toEqual(['new', 'duplicate', 'invalid', 'invalid']);
    expect(preview.rows[1]!.problems).toEqual([{ field: 'text', message: 'Row 3, text: same as row 2, skipped' }]);
    expect(preview.rows[2]!.problems).toEqual([{ field: 'title', message: 'Row 4, title: too long (at most 60 characters)' }]);
    expect(preview.rows[3]!.problems).toEqual([{ field: 'groupPath', message: 'Row 5, group: too long (at most 40 characters)' }]);
  });

  it('derives titles from the first twelve characters, whitespace folded', () => {
    expect(deriveTitle('  亲，您好！\n欢迎光临本店，有什么可以帮您？')).toBe('亲，您好！ 欢迎光临本店');
    expect(deriveTitle('短')).toBe('短');
  });
});

describe('import apply', () => {
  it('writes new and changed phrases, creates nested groups, after a snapshot, in one commit', async () => {
    const s = await seeded();
    const commits = s.backend.commits;
    const rows: ImportRow[] = [
      { rowNumber: 2, code: 'FH', text: '付款后48小时内发货', groupPath: ['发货物流'] },
      { rowNumber: 3, code: 'cfh', text: '非常抱歉让您久等了', groupPath: ['发货物流', '催发货'], tags: ['致歉'] },
      { rowNumber: 4, text: '您好，欢迎光临', groupPath: ['问候'] },
      { rowNumber: 5, code: 'th', text: '支持七天无理由退货', groupPath: ['售后', '退货'], stage: 'aftersale' },
      { rowNumber: 6, code: 'hh', text: '可以换货', groupPath: ['售后', '退货'], stage: '售后' },
      { rowNumber: 7, text: '未分组的话术', groupPath: ['未分组'] },
    ];
    const { value, written } = await s.importer.applyImport(rows, 'phrases.csv');
    expect(s.backend.commits).toBe(commits + 1);
    expect(value).toMatchObject({ written: 5, groupsCreated: 3, snapshotId: expect.stringMatching(/^local:snapshot:[0-9A-Z]{26}$/) });
    expect(written.filter((r) => r.type === 'librarySnapshot')).toHaveLength(1);

    const snap = await s.library.view();
    const groupNames = snap.groups.map((g) => g.name);
    expect(groupNames).toEqual(['发货物流', '催发货', '问候', '售后', '退货']);
    const byName = new Map(snap.groups.map((g) => [g.name, g]));
    expect(byName.get('退货')!.parentId).toBe(byName.get('售后')!.id);
    // Changed in place: same id, creation time, title and order; new words and tags.
    expect(await s.store.get(s.sorry)).toMatchObject({ text: '非常抱歉让您久等了', title: '超时致歉', tags: ['致歉'], stage: 'insale', groupId: s.late, code: 'cfh' });
    expect(await s.store.get(s.hi)).toMatchObject({ groupId: byName.get('问候')!.id });
    const returns = snap.phrases.filter((p) => p.groupId === byName.get('退货')!.id);
    expect(returns.map((p) => [p.code, p.title, p.stage, p.order, p.scope])).toEqual([
      ['th', '支持七天无理由退货', 'aftersale', 0, 'shop'],
      ['hh', '可以换货', 'aftersale', 1, 'shop'],
    ]);
    expect(snap.phrases.find((p) => p.text === '未分组的话术')).toMatchObject({ groupId: null, stage: null, tags: [] });

    // The snapshot taken first holds the library before the import: restoring it undoes the import.
    const list = (await s.snapshots.listSnapshots()).snapshots;
    expect(list[0]).toMatchObject({ id: value.snapshotId, reason: 'import', label: '导入 phrases.csv 之前', phraseCount: 3, groupCount: 2 });
    await s.snapshots.restoreSnapshot(value.snapshotId!);
    expect((await s.library.view()).phrases.map((p) => p.text).sort()).toEqual(['付款后48小时内发货', '您好，欢迎光临', '非常抱歉，已经帮您催仓库了'].sort());

    // Importing the same file twice: the second time everything is a duplicate, nothing is written.
    await s.importer.applyImport(rows, 'phrases.csv');
    const again = await s.importer.applyImport(rows, 'phrases.csv');
    expect(again.value).toEqual({ written: 0, groupsCreated: 0, snapshotId: null, ids: [] });
    expect(again.written).toEqual([]);
  });

  it('a file with one bad row writes nothing, and says which row and field', async () => {
    const s = await seeded('en');
    const before = s.backend.peek();
    const commits = s.backend.commits;
    const rows: ImportRow[] = [
      { rowNumber: 2, code: 'a1', text: 'fine', groupPath: ['New group'] },
      { rowNumber: 3, code: 'a2', text: 'also fine' },
      { rowNumber: 4, code: 'a3', text: '' },
    ];
    const error = await s.importer.applyImport(rows, 'bad.csv').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid-data', message: expect.stringMatching(/1 row has problems; nothing was imported/), details: ['Row 4, text: must not be empty'] });
    expect(s.backend.commits).toBe(commits);
    expect(s.backend.peek()).toEqual(before);
    expect((await s.snapshots.listSnapshots()).snapshots).toEqual([]);
  });

  it('a storage failure writes nothing: no phrase, no group, no snapshot', async () => {
    const s = await seeded();
    const before = s.backend.peek();
    s.backend.failCommits(true);
    await expect(s.importer.applyImport([{ rowNumber: 2, text: '新话术', groupPath: ['新分组', '子分组'] }], 'x.csv')).rejects.toMatchObject({ code: 'storage-failed' });
    s.backend.failCommits(false);
    expect(s.backend.peek()).toEqual(before);
    expect((await s.library.view()).groups.map((g) => g.name)).toEqual(['发货物流', '催发货']);
    expect((await s.snapshots.listSnapshots()).snapshots).toEqual([]);
  });

  it('refuses more than 20,000 rows, and takes 20,000 in one write', async () => {
    const s = setup('en');
    const rows: ImportRow[] = Array.from({ length: IMPORT_ROWS_MAX }, (_, i) => ({ rowNumber: i + 2, code: `c${i}`, text: `话术 ${i}`, groupPath: [`组${i % 20}`] }));
    await expect(s.importer.previewImport([...rows, { rowNumber: 99_999, text: 'one more' }], 'big.csv')).rejects.toMatchObject({ message: expect.stringMatching(/at most 20000/) });
    const { value } = await s.importer.applyImport(rows, 'big.csv');
    expect(value).toMatchObject({ written: IMPORT_ROWS_MAX, groupsCreated: 20 });
    expect((await s.library.view()).phrases).toHaveLength(IMPORT_ROWS_MAX);
  }, 90_000); // how fast is a bench's business (library-deltas); a loaded machine only makes this slow
});

describe('examples and the public-reply flag in our library file', () => {
  it('survive export → import into another library, and a later file can change or clear them', async () => {
    const source = setup();
    const { value: g } = await source.library.saveGroup({ name: '评价处理' });
    await source.library.savePhrase({ title: '公开回复-物流', text: '抱歉让您久等了', groupId: g.id, examples: ['物流太慢 差评', ' 快递慢 '], publicReply: true });
    await source.library.savePhrase({ title: '发货时间', text: '预计{发货时间}发出', code: 'fh', groupId: g.id, examples: ['几天发货'] });
    const view = await source.library.view();
    const json = phrasesToLibraryJson(view.phrases, view.groups);
    const parsed = await parsePhraseFile(new TextEncoder().encode(json), 'library.json');
    expect(parsed.problems).toEqual([]);

    const target = setup();
    await target.importer.applyImport(parsed.rows, 'library.json');
    const byTitle = new Map((await target.library.view()).phrases.map((p) => [p.title, p]));
    expect(byTitle.get('公开回复-物流')).toMatchObject({ examples: ['物流太慢 差评', '快递慢'], publicReply: true });
    expect(byTitle.get('发货时间')).toMatchObject({ examples: ['几天发货'] });
    expect(byTitle.get('发货时间')!.publicReply).toBeUndefined();

    // Same phrase, other examples: changed; an empty list clears them; absent keeps them.
    const rows: ImportRow[] = [
      { rowNumber: 1, code: 'fh', text: '预计{发货时间}发出', examples: ['什么时候发'] },
      { rowNumber: 2, text: '抱歉让您久等了', examples: [], publicReply: false },
    ];
    expect((await target.importer.previewImport(rows, 'x.json')).counts).toMatchObject({ changed: 2 });
    await target.importer.applyImport(rows, 'x.json');
    const after = new Map((await target.library.view()).phrases.map((p) => [p.title, p]));
    expect(after.get('发货时间')!.examples).toEqual(['什么时候发']);
    expect(after.get('公开回复-物流')!.examples).toBeUndefined();
    expect(after.get('公开回复-物流')!.publicReply).toBeUndefined();
  });

  it('examples that are not a list of texts, or a flag that is not true/false, are named with their item', async () => {
    const file = JSON.stringify({ format: 'kefu-sidebar-library', version: 1, groups: [], phrases: [{ text: 'a', examples: '几天发货' }, { text: 'b', publicReply: 'yes' }] });
    const parsed = await parsePhraseFile(new TextEncoder().encode(file), 'bad.json', { lang: 'en' });
    expect(parsed.problems).toEqual([
      { row: 1, field: 'examples', message: 'Item 1: examples should be a list of texts.' },
      { row: 2, field: 'publicReply', message: 'Item 2: publicReply should be true or false.' },
    ]);
  });

  it('an example too long for the model is refused with its row and field', async () => {
    const s = setup('en');
    const { preview } = await s.importer.previewImport([{ rowNumber: 3, text: 'x', examples: ['问'.repeat(61)] }], 'x.json').then((p) => ({ preview: p }));
    expect(preview.rows[0]).toMatchObject({ status: 'invalid' });
    expect(preview.rows[0]!.problems).toEqual([{ field: 'examples', message: expect.stringMatching(/^Row 3, buyer questions: /) }]);
  });
});

