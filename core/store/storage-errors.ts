import { say, type Lang } from '../i18n';
import { UserFacingError } from '../errors';

/**
 * What went wrong in browser storage, from the error's `name` (IndexedDB reports DOMExceptions;
 * core only reads their name and message). Each kind has its own advice for the seller.
 */
export type StorageFailureKind = 'quota' | 'unavailable' | 'aborted' | 'other';

export function storageFailureKind(error: unknown): StorageFailureKind {
  const name = typeof (error as { name?: unknown } | null)?.name === 'string' ? (error as { name: string }).name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return 'quota';
  if (name === 'InvalidStateError' || name === 'BlockedError' || name === 'VersionError' || /closing|closed|blocked/i.test(message)) return 'unavailable';
  if (name === 'AbortError' || name === 'TransactionInactiveError' || name === 'TimeoutError') return 'aborted';
  return 'other';
}

const WRITE_TEXT: Record<StorageFailureKind, { zh: string; en: string }> = {
  quota: {
    zh: '保存失败：浏览器给扩展的存储空间已满。这次的改动没有保存，已有数据都还在。请在设置页导出备份，再删除不需要的快照或对话记录，然后重试。',
    en: 'Saving failed: the storage the browser gives the extension is full. This change was not saved; everything saved before is still there. Export a backup in the options page, delete snapshots or conversation records you no longer need, then try again.',
  },
  unavailable: {
    zh: '保存失败：浏览器的数据库暂时不可用（连接被关闭，或另一个页面正在升级它）。这次的改动没有保存，已有数据都还在。请刷新页面后重试；仍不行请重启浏览器。',
    en: 'Saving failed: the browser’s database is not available right now (its connection was closed, or another page is upgrading it). This change was not saved; everything saved before is still there. Reload the page and try again, or restart the browser.',
  },
  aborted: {
    zh: '保存失败：浏览器中止了这次写入（可能正在关闭，或磁盘忙）。这次的改动没有保存，已有数据都还在。请重试。',
    en: 'Saving failed: the browser aborted this write (it may be shutting down, or the disk is busy). This change was not saved; everything saved before is still there. Try again.',
  },
  other: {
    zh: '保存失败：浏览器存储出错，数据没有改动。请重试，或重启浏览器后再试。',
    en: 'Saving failed: browser storage reported an error and nothing was changed. Try again, or restart the browser.',
  },
};

const READ_TEXT: Record<StorageFailureKind, { zh: string; en: string }> = {
  quota: WRITE_TEXT.quota,
  unavailable: {
    zh: '读取数据失败：浏览器的数据库暂时不可用。数据没有被改动。请刷新页面后重试；仍不行请重启浏览器。',
    en: 'Could not read your data: the browser’s database is not available right now. Nothing was changed. Reload the page and try again, or restart the browser.',
  },
  aborted: {
    zh: '读取数据失败：浏览器中止了读取。数据没有被改动。请重试。',
    en: 'Could not read your data: the browser aborted the read. Nothing was changed. Try again.',
  },
  other: {
    zh: '读取数据失败：浏览器存储出错。数据没有被改动。请重试，或重启浏览器后再试。',
    en: 'Could not read your data: browser storage reported an error. Nothing was changed. Try again, or restart the browser.',
  },
};

/** A storage error as a `storage-failed` error the UI shows: what failed, that nothing was lost, what to do. */
export function describeStorageFailure(error: unknown, lang: Lang, action: 'write' | 'read' = 'write'): UserFacingError {
  const kind = storageFailureKind(error);
  const text = (action === 'read' ? READ_TEXT : WRITE_TEXT)[kind];
  const name = typeof (error as { name?: unknown } | null)?.name === 'string' ? (error as { name: string }).name : 'Error';
  const reason = error instanceof Error ? error.message : String(error);
  return new UserFacingError('storage-failed', say(lang, text.zh, text.en), [`${name}: ${reason}`.slice(0, 200)]);
}
