/**
 * Issue 12 item 2 in the built extension: three console tabs (their sidebars) and the options page
 * edit the library at once — all of them the same phrase, each its own phrase, each adding one.
 * Every edit states the version it started from (`baseUpdatedAt`, as the phrase form does); a stale
 * one is refused with the conflict message and redone on the latest version, as the form's
 * 载入最新 offers. No update is lost, and every view converges to the same library.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { ConsolePage, findSidebarFrame } from './pages/console-page';
import { OptionsPage } from './pages/options-page';

// The extension's runtime, inside the page functions below (they run in our pages, not here).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

const poll = { timeout: 20_000, interval: 100 };
const SHARED_ID = 'phr_starter_greet-welcome';
const SHARED_TITLE = '欢迎光临';
const EDITS_EACH = 5;

interface EditReport {
  applied: number;
  conflicts: number;
  conflictMessages: string[];
  failures: string[];
  ownId: string | null;
}

/**
 * Runs in a page or sidebar frame of the extension: appends this writer's tokens to the shared
 * phrase one edit at a time (read the latest version, save on top of it, redo on a conflict),
 * renames the writer's own phrase, adds a new one. Requests go to the background as our pages
 * send them.
 */
async function editConcurrently(args: { writer: string; sharedId: string; edits: number }): Promise<EditReport> {
  const send = (body: object) => chrome.runtime.sendMessage({ channel: 'kefu-sidebar/v1', body }) as Promise<{ ok: boolean; value?: { id: string }; error?: { code: string; message: string } }>;
  // A console tab's sidebar frame is a third-party frame (no IndexedDB of ours): ask the background, as it does.
  const readPhrase = async (id: string) => {
    const reply = (await chrome.runtime.sendMessage({ channel: 'kefu-sidebar/v1', body: { kind: 'getLibraryView' } })) as { ok: boolean; value?: { phrases: Record<string, unknown>[] } };
    const phrase = reply.value?.phrases.find((p) => p.id === id);
    if (!phrase) throw new Error(`no phrase ${id} in the view`);
    return phrase;
  };
  const report: EditReport = { applied: 0, conflicts: 0, conflictMessages: [], failures: [], ownId: null };
  const created = await send({ kind: 'savePhrase', phrase: { title: `并发-${args.writer}`, text: `由 ${args.writer} 新建`, groupId: null } });
  report.ownId = created.ok ? created.value!.id : null;
  for (let i = 1; i <= args.edits; i++) {
    const token = `[${args.writer}${i}]`;
    for (let attempt = 0; attempt < 50; attempt++) {
      const stored = await readPhrase(args.sharedId);
      const phrase = { id: stored.id, title: stored.title, text: `${stored.text as string}${token}`, groupId: stored.groupId, tags: stored.tags, stage: stored.stage };
      const reply = await send({ kind: 'savePhrase', phrase, baseUpdatedAt: stored.updatedAt });
      if (reply.ok) {
        report.applied++;
        break;
      }
      if (reply.error?.code !== 'conflict') {
        report.failures.push(`${token}: ${reply.error?.code} ${reply.error?.message}`);
        break;
      }
      report.conflicts++;
      if (report.conflictMessages.length < 1) report.conflictMessages.push(reply.error.message);
    }
    if (report.ownId && i === args.edits) {
      const own = await readPhrase(report.ownId);
      const renamed = await send({ kind: 'savePhrase', phrase: { id: own.id, title: `并发-${args.writer}-改名`, text: own.text, groupId: null }, baseUpdatedAt: own.updatedAt });
      if (!renamed.ok) report.failures.push(`rename: ${renamed.error?.message}`);
    }
  }
  return report;
}

describe('concurrent tabs editing one library', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });

  it('three console tabs and the options page: no update lost, every view the same', { timeout: 180_000 }, async () => {
    const consoles: ConsolePage[] = [];
    for (const site of ['pinduoduo', 'doudian', 'jd'] as const) {
      const c = new ConsolePage(await ext.openConsole(site), site);
      await c.searchFor(SHARED_TITLE);
      consoles.push(c);
    }
    const o = await OptionsPage.open(ext);
    const writers: Array<{ name: string; run: Frame | Page }> = [
      ...consoles.map((c, i) => ({ name: `T${i + 1}`, run: findSidebarFrame(c.page)! })),
      { name: 'O', run: o.page },
    ];

    const reports = await Promise.all(writers.map((w) => w.run.evaluate(editConcurrently, { writer: w.name, sharedId: SHARED_ID, edits: EDITS_EACH })));
    const total = writers.length * EDITS_EACH;
    const applied = reports.reduce((n, r) => n + r.applied, 0);
    const conflicts = reports.reduce((n, r) => n + r.conflicts, 0);
    expect(reports.flatMap((r) => r.failures)).toEqual([]);
    expect(applied).toBe(total);

    // No update lost: every writer's every token is in the stored text, once.
    const stored = (await o.page.evaluate(readShared, SHARED_ID)) as { text: string; title: string };
    const tokens = writers.flatMap((w) => Array.from({ length: EDITS_EACH }, (_, i) => `[${w.name}${i + 1}]`));
    const lost = tokens.filter((t) => !stored.text.includes(t));
    const twice = tokens.filter((t) => stored.text.split(t).length > 2);
    console.log(`[concurrent-tabs] writers ${writers.length}, edits of the shared phrase ${total}, applied ${applied}, refused as stale and redone ${conflicts}, updates lost ${lost.length}, applied twice ${twice.length}`);
    expect(lost).toEqual([]);
    expect(twice).toEqual([]);
    // The refusal says what happened, in the seller's words.
    expect(reports.flatMap((r) => r.conflictMessages).every((m) => m.includes('另一个窗口在你编辑时改动了它'))).toBe(true);

    // Every view converges: each sidebar and the options page show the same phrases and words.
    for (const c of consoles) {
      await c.searchFor(SHARED_TITLE);
      await expect.poll(async () => (await c.option(SHARED_TITLE).first().textContent()) ?? '', poll).toContain(SHARED_TITLE);
      for (const w of writers) {
        await c.searchFor(`并发-${w.name}-改名`);
        await c.option(`并发-${w.name}-改名`).waitFor({ timeout: 20_000 });
      }
    }
    await expect.poll(async () => (await o.row(SHARED_TITLE).textContent()) ?? '', poll).toContain(SHARED_TITLE);
    for (const w of writers) await expect.poll(() => o.row(`并发-${w.name}-改名`).count(), poll).toBe(1);
    // The words each page holds for the shared phrase: read from each page's own rendering of it.
    const shown: string[] = [];
    for (const c of consoles) {
      await c.searchFor(SHARED_TITLE);
      shown.push((await c.option(SHARED_TITLE).first().textContent()) ?? '');
    }
    expect(new Set(shown).size, `sidebars disagree: ${shown.join(' | ')}`).toBe(1);
    expect(ext.pageErrors).toEqual([]);
  });
});

/** The shared phrase as stored, read in an extension page. */
function readShared(id: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('kefu-sidebar');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('records', 'readonly').objectStore('records').get(id);
      get.onsuccess = () => (open.result.close(), resolve(get.result as Record<string, unknown>));
      get.onerror = () => reject(get.error);
    };
  });
}
