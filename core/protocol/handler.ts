import { requestSchema } from './schemas';
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { DataPack } from '../data-pack';
import { say, type Lang } from '../i18n';
import type { LibraryService } from '../library';
import type { PhraseImport } from '../phrase-import';
import type { SnapshotService } from '../snapshots';
import type { UsageService } from '../usage';
import { UserFacingError, capDetails, describeIssue, type StoredRecord } from '../store';
import {
  MESSAGE_CHANNEL,
  type Envelope,
  type Reply,
  type Request,
  type RequestKind,
  type RequestOf,
  type ResponseMap,
  type UserError,
} from './messages';

export interface RequestHandlerDeps {
  library: LibraryService;
  dataPack: DataPack;
  usage: UsageService;
  snapshots: SnapshotService;
  phraseImport: PhraseImport;
  lang: Lang;
  /** Called with the records each request wrote (tombstones included), for the change broadcast. */
  onWritten?: (records: StoredRecord[]) => void;
  /** Reports an unexpected error once (the seller only sees a short sentence). */
  onUnexpectedError?: (error: unknown) => void;
}

export type RequestHandler = (raw: unknown) => Promise<Reply<RequestKind>>;

/** True when `raw` is wrapped in our channel's envelope (its body is not checked yet). */
export function isEnvelope(raw: unknown): raw is Envelope<unknown> {
  return typeof raw === 'object' && raw !== null && (raw as { channel?: unknown }).channel === MESSAGE_CHANNEL && 'body' in raw;
}

type Outcome<K extends RequestKind> = { value: ResponseMap[K]; written?: StoredRecord[] };
type Handlers = { [K in RequestKind]: (req: RequestOf<K>) => Promise<Outcome<K>> };

/**
 * The background's one entry for requests: unwraps the envelope, validates the request with zod,
 * runs the service and answers with a `Reply`; never throws and never leaks a stack trace.
 */
export function createRequestHandler(deps: RequestHandlerDeps): RequestHandler {
  const { library, dataPack, usage, snapshots, phraseImport, lang } = deps;

  const handlers: Handlers = {
    getSnapshot: async () => ({ value: await library.snapshot() }),
    savePhrase: (req) => library.savePhrase(req.phrase),
    deletePhrase: (req) => library.deletePhrase(req.id),
    saveGroup: (req) => library.saveGroup(req.group),
    deleteGroup: (req) => library.deleteGroup(req.id),
    saveSelectorOverrides: (req) => library.saveSelectorOverrides(req.site, req.overrides),
    saveVariableSettings: (req) => library.saveVariableSettings(req.values),
    saveSidebarCollapsed: (req) => library.saveSidebarCollapsed(req.site, req.collapsed),
    exportAll: async () => ({ value: await dataPack.exportAll() }),
    importAll: (req) => dataPack.importAll(req.json, req.fileName),
    exportLibrary: async (req) => ({ value: await dataPack.exportLibrary({ includePersonal: req.includePersonal ?? false }) }),
    restoreStarterPhrases: () => library.restoreStarterPhrases(),
    recordUsage: (req) => usage.recordUsage(req.phraseId),
    listSnapshots: async () => ({ value: await snapshots.listSnapshots() }),
    createSnapshot: (req) => snapshots.createSnapshot(req.label),
    restoreSnapshot: (req) => snapshots.restoreSnapshot(req.id, req.onlyIds),
    movePhrases: (req) => library.movePhrases(req.ids, req.groupId),
    deletePhrases: (req) => library.deletePhrases(req.ids),
    reorderPhrases: (req) => library.reorderPhrases(req.groupId, req.orderedIds),
    reorderGroups: (req) => library.reorderGroups(req.parentId, req.orderedIds),
    previewImport: async (req) => ({ value: await phraseImport.previewImport(req.rows, req.fileName) }),
    applyImport: (req) => phraseImport.applyImport(req.rows, req.fileName),
  };

  const fail = (error: UserError): Reply<RequestKind> => ({ ok: false, error });

  return async (raw) => {
    if (!isEnvelope(raw)) {
      return fail({
        code: 'unauthorized',
        message: say(lang, '收到一条不属于客服侧边栏的消息，已忽略。', 'A message that does not belong to Kefu Sidebar was ignored.'),
      });
    }
    const parsed = requestSchema.safeParse(raw.body);
    if (!parsed.success) {
      return fail({
        code: 'invalid-request',
        message: say(
          lang,
          '扩展收到了一个无法处理的请求，没有做任何改动。请刷新页面后重试。',
          'The extension got a request it cannot handle and changed nothing. Reload the page and try again.',
        ),
        details: capDetails(
          parsed.error.issues.map((issue) => describeIssue(issue, lang)),
          lang,
        ),
      });
    }
    const request: Request = parsed.data;
    try {
      const run = handlers[request.kind] as (req: Request) => Promise<Outcome<RequestKind>>;
      const { value, written } = await run(request);
      if (written && written.length > 0) {
        try {
          deps.onWritten?.(written);
        } catch (error) {
          deps.onUnexpectedError?.(error); // a failed broadcast must not turn a saved change into an error
        }
      }
      return { ok: true, value } as Reply<RequestKind>;
    } catch (error) {
      if (error instanceof UserFacingError) return fail(error.toUserError());
      deps.onUnexpectedError?.(error);
      return fail({
        code: 'internal',
        message: say(
          lang,
          '扩展内部出错，这次操作没有完成。请重试；如果反复出现，请重新加载扩展。',
          'Something went wrong inside the extension and this action did not complete. Try again; if it keeps happening, reload the extension.',
        ),
      });
    }
  };
}

/** What the browser tells us about who sent a message. */
export interface SenderInfo {
  /** Id of the extension the sender belongs to. */
  id?: string;
  /** URL of the sending frame (an extension page or the page a content script runs in). */
  url?: string;
  /** URL of the sender's tab, when it is a tab. */
  tabUrl?: string;
}

/**
 * Accepts only our own extension: its pages, or its content script on a console page.
 * (No `externally_connectable`, but a check costs nothing and documents the boundary.)
 */
export function createSenderCheck(options: {
  extensionId: string;
  /** `browser.runtime.getURL('/')`, e.g. `chrome-extension://abc/`. */
  extensionOrigin: string;
  consolePatterns: readonly string[];
}): (sender: SenderInfo) => boolean {
  const patterns = options.consolePatterns.map((p) => new MatchPattern(p));
  return (sender) => {
    if (sender.id !== options.extensionId) return false;
    const url = sender.url ?? sender.tabUrl;
    if (!url) return false;
    if (url.startsWith(options.extensionOrigin)) return true;
    try {
      return patterns.some((p) => p.includes(url));
    } catch {
      return false;
    }
  };
}
