import { UserFacingError } from '../errors';
import { say, type Lang } from '../i18n';
import { jsonDepthOver } from '../phrase-files/json-depth';
import type { FileLike } from '../phrase-files';

/** Largest backup file taken (the `importAll` request carries at most 50,000,000 characters). */
export const BACKUP_FILE_MAX_BYTES = 48 * 1024 * 1024;
/** Our records nest a few levels; a file nested deeper is not ours (and would overflow whatever walks it). */
export const BACKUP_JSON_MAX_DEPTH = 64;

/**
 * The text of a chosen backup file, checked at the edge before anything parses it: its size before
 * a byte is read, then UTF-8 strictly (we only ever write UTF-8; a file re-saved as GBK or UTF-16
 * would import garbled names), then its nesting depth. Throws a `UserFacingError` saying what.
 */
export async function readBackupBlob(file: FileLike, lang: Lang): Promise<string> {
  const refuse = (zh: string, en: string) => new UserFacingError('invalid-data', say(lang, `导入失败：${zh}没有导入任何内容。`, `Import failed: ${en} Nothing was imported.`));
  if (file.size === 0) throw refuse('文件是空的，', 'the file is empty.');
  if (file.size > BACKUP_FILE_MAX_BYTES) {
    throw refuse(`文件太大（${mb(file.size)} MB），备份文件最多 ${mb(BACKUP_FILE_MAX_BYTES)} MB，`, `the file is too large (${mb(file.size)} MB); a backup file is at most ${mb(BACKUP_FILE_MAX_BYTES)} MB.`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    // A UTF-8 BOM (a text editor's) is dropped; any byte that is not UTF-8 is refused, not replaced.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refuse('文件不是 UTF-8 编码（可能被另存为了 GBK 或 UTF-16），', 'the file is not UTF-8 text (it may have been re-saved as GBK or UTF-16).');
  }
  if (text.includes('\u0000')) throw refuse('这不是文本文件，', 'this is not a text file.');
  if (jsonDepthOver(text, BACKUP_JSON_MAX_DEPTH)) {
    throw refuse(`文件的嵌套超过 ${BACKUP_JSON_MAX_DEPTH} 层，不是客服侧边栏的备份文件，`, `the file is nested more than ${BACKUP_JSON_MAX_DEPTH} levels deep; it is not a Kefu Sidebar backup.`);
  }
  return text;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}
