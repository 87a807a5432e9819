import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePhraseBlob } from '../../core/phrase-files';
import { writeWorkbook } from '../../core/phrase-files/spreadsheet';
import { readCountsFile } from '../../core/routing/measured';
import { PARSE_TIME_LIMIT_MS, parsePhraseBlobOffThread } from '../manager/parse-off-thread';
import { parseFileOffThread } from '../relations/parse-file';
import { ROWS_PER_MESSAGE } from '../relations/parse-messages';
import { parseTableFile } from '../relations/parse-table-file';
import { runOffThread } from '../routing-data/worker-jobs';
import type { FileJob } from './jobs';

/** Every file worker the importers made, as the test saw it. */
const seen = vi.hoisted(() => ({
  workers: [] as { posted: FileJob; transfer: Transferable[]; delivered: unknown[]; terminated: boolean }[],
  /** When set, workers take the job and never answer (a file that hangs the reader). */
  silent: false,
}));

// The file worker in the same thread: the posted job goes through the real dispatcher, bytes are
// handed over as `postMessage` does, and each message arrives in a task of its own.
vi.mock('./file-worker?worker', async () => {
  const { handleFileJob } = await import('./handle-job');
  return {
    default: class {
      onmessage: ((e: { data: unknown }) => void) | null = null;
      onerror: ((e: ErrorEvent) => void) | null = null;
      private readonly record = { posted: undefined as unknown as FileJob, transfer: [] as Transferable[], delivered: [] as unknown[], terminated: false };
      constructor() {
        seen.workers.push(this.record);
      }
      postMessage(job: FileJob, transfer: Transferable[] = []) {
        Object.assign(this.record, { posted: job, transfer });
        if (seen.silent) return;
        const received = transfer.length > 0 ? structuredClone(job, { transfer }) : job;
        void handleFileJob(received, (message: unknown) =>
          setTimeout(() => {
            if (this.record.terminated) return;
            this.record.delivered.push(message);
            this.onmessage?.({ data: message });
          }),
        );
      }
      terminate() {
        this.record.terminated = true;
      }
    },
  };
});

const encode = (text: string) => new TextEncoder().encode(text);

afterEach(() => {
  seen.workers.length = 0;
  seen.silent = false;
  vi.useRealTimers();
});

describe('one file worker for every importer', () => {
  it('reads a relation table: the rows come in parts, the bytes are handed over, the worker ends', async () => {
    const lines = Array.from({ length: ROWS_PER_MESSAGE * 2 + 5 }, (_, i) => `buyer${i},agent${i % 7}`);
    const text = `买家,客服\n${lines.join('\n')}\n`;
    const table = await parseFileOffThread(new File([text], '关系.csv'), 'zh');

    expect(table).toEqual(await parseTableFile(encode(text), '关系.csv'));
    expect(table.rows).toHaveLength(ROWS_PER_MESSAGE * 2 + 5);
    const [worker] = seen.workers;
    expect(seen.workers).toHaveLength(1);
    expect(worker!.posted).toMatchObject({ job: 'table', fileName: '关系.csv' });
    expect(worker!.transfer).toHaveLength(1);
    expect((worker!.posted as FileJob<'table'>).bytes.byteLength, 'handed over, not copied').toBe(0);
    expect(worker!.delivered.map((m) => (m as { kind: string }).kind)).toEqual(['rows', 'rows', 'rows', 'done']);
    expect(worker!.terminated).toBe(true);
  });

  it("rejects a broken relation table with the reader's own message in the seller's language, and ends the worker", async () => {
    const junk = encode('PK\u0003\u0004 not really a workbook');
    const expected = await parseTableFile(junk, '坏表.xlsx', 'en').then(
      () => 'no error',
      (error: Error) => error.message,
    );
    expect(expected).not.toBe('no error');

    await expect(parseFileOffThread(new File([junk], '坏表.xlsx'), 'en')).rejects.toThrow(expected);
    expect(seen.workers[0]!.terminated).toBe(true);
  });

  it('reads a count table (XLSX) for the routing data card', async () => {
    const bytes = writeWorkbook('接待量', [['客服', '日期', '接待人数'], ['小美', '2026-11-30', '55']], [10, 12, 10]);
    const expected = await readCountsFile(bytes.slice(), '接待.xlsx', 'en');

    const result = await runOffThread({ kind: 'counts', bytes, fileName: '接待.xlsx', lang: 'en' });
    expect(result).toEqual(expected);
    expect(result.ok).toBe(true);
    expect(seen.workers[0]).toMatchObject({ posted: { job: 'counts', fileName: '接待.xlsx', lang: 'en' }, terminated: true });
  });

  it('reads a phrase file from the File itself, and passes on a reading failure as an error', async () => {
    const file = new File(['快捷编码,快捷短语,快捷短语分组\r\nyhcs,亲，这是一条测试话术,常用\r\n'], '话术.csv');
    const result = await parsePhraseBlobOffThread(file, { lang: 'en' });
    expect(result).toEqual(await parsePhraseBlob(file, { lang: 'en' }));
    expect(result.rows).toHaveLength(1);
    expect(seen.workers[0]).toMatchObject({ posted: { job: 'phrases', file, lang: 'en' }, terminated: true });

    const unreadable = { name: '丢失.csv', size: 10, arrayBuffer: () => Promise.reject(new Error('the file was moved')) };
    await expect(parsePhraseBlobOffThread(unreadable)).rejects.toThrow('the file was moved');
    expect(seen.workers[1]!.terminated).toBe(true);
  });

  it('gives up on a phrase file the worker never answers for, saying so, and ends the worker', async () => {
    vi.useFakeTimers();
    seen.silent = true;
    const reading = parsePhraseBlobOffThread(new File(['x'], '慢.xlsx'), { lang: 'zh' });
    await vi.advanceTimersByTimeAsync(PARSE_TIME_LIMIT_MS - 1);
    expect(seen.workers[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);

    const result = await reading;
    expect(result.rows).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toContain(String(PARSE_TIME_LIMIT_MS / 1000));
    expect(seen.workers[0]!.terminated).toBe(true);
  });
});
