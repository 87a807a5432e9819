import { say, type Lang } from '../i18n';

/** Why a sync run failed, in the few kinds a seller can act on. */
export type SyncFailureKind = 'network' | 'auth' | 'forbidden' | 'quota' | 'server' | 'unexpected';

/** What the options page shows about team sync; kept by the background across worker restarts. */
export interface SyncStatus {
  lastSuccessAt?: number;
  lastFailure?: { at: number; kind: SyncFailureKind };
}

/**
 * The kind of a failed run, from what PouchDB or fetch threw: an HTTP status when the server
 * answered, a `TypeError` when it could not be reached, a `QuotaExceededError` from IndexedDB.
 */
export function classifySyncFailure(error: unknown): SyncFailureKind {
  const e = (error ?? {}) as { status?: unknown; name?: unknown; message?: unknown };
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  const name = typeof e.name === 'string' ? e.name : '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (/quota/i.test(name) || /quota/i.test(message)) return 'quota';
  if (status !== undefined && status >= 400) return 'server';
  // fetch throws TypeError when there is no answer at all; PouchDB may wrap it without a status.
  if (name === 'TypeError' || error instanceof TypeError || /fetch|network|ECONNREFUSED|ETIMEDOUT/i.test(message)) return 'network';
  return 'unexpected';
}

/** The failure in a seller's words: what happened and what to do. */
export function describeSyncFailure(kind: SyncFailureKind, lang: Lang): string {
  switch (kind) {
    case 'network':
      return say(lang, '连不上团队服务器（断网或服务器没开）。本机照常工作，联网后会自动再同步。', 'Could not reach the team server (offline, or the server is down). Work here goes on; sync runs again once it is back.');
    case 'auth':
      return say(lang, '登录已过期或密码不对。请在设置里重新连接团队。', 'The login has expired or the password is wrong. Reconnect to the team in Settings.');
    case 'forbidden':
      return say(lang, '服务器拒绝了这次修改：只有店主或管理员能改店铺话术。', 'The server refused a change: only the shop owner or an admin may change the shop library.');
    case 'quota':
      return say(lang, '本机存储空间不足，同步暂停。请清理浏览器空间后再试。', 'This computer is out of storage space, so sync paused. Free some browser storage and try again.');
    case 'unexpected':
      return say(lang, '同步意外中断，本机数据没有丢失。下次会自动重试；一直失败请导出备份并联系我们。', 'Sync stopped on an unexpected error; nothing here was lost. It retries on its own; if it keeps failing, export a backup and tell us.');
    case 'server':
      return say(lang, '团队服务器出错了。请稍后再试，或请店主检查服务器。', 'The team server had an error. Try again later, or ask the shop owner to check the server.');
  }
}
