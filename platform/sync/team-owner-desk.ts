import { say, type Lang } from '../../core/i18n';
import { UserFacingError, type RecordSchemas, type RecordStore, type StoredRecord } from '../../core/store';
import { agentDatabaseName, classifySyncFailure, fromSyncDoc, SHOP_WRITER_ROLES, type SyncDoc } from '../../core/sync';
import {
  describeConflict,
  feedRoutingAdvisor,
  mergeRouting,
  mergeScans,
  mergeUsage,
  phraseTitles,
  type AgentCopy,
  type AgentCopyState,
  type AgentPullFailure,
  type OwnerAccess,
  type TeamOwnerDesk,
  type TeamRosterService,
} from '../../core/team-owner';
import { chooseVersion, conflictedIds, resolveConflicts } from './conflicts';
import { syncOnce } from './sync-once';
import type { TeamConnection, TeamSyncKeeper } from './team-sync';
import type { TeamDatabase } from './team-pouch';

/** Where the outcome of the last pull of an agent's copy is kept: a `_local` document never replicates. */
const PULL_STATE_ID = '_local/kefu-owner-pull';
/** The owner's local copy of the shop library and of an agent's database (as `createTeamSync` names them). */
const SHOP_COPY = 'team-shop';
export const agentCopyName = (user: string) => `team-${agentDatabaseName(user)}`;

export interface TeamOwnerDeskDeps {
  keeper: Pick<TeamSyncKeeper, 'connection'>;
  /** A local database by name (IndexedDB in the extension). */
  openLocal(name: string): TeamDatabase;
  /** A database on the team server, carrying the login. */
  openRemote(url: string): TeamDatabase;
  /** The owner's record store: the roster's names, the shop's phrase titles, and the routing advisor's team days. */
  store: RecordStore;
  roster: TeamRosterService;
  schemas: RecordSchemas;
  now(): number;
  lang: Lang;
  /** Asks for a sync run shortly (the membership's `syncSoon`), so a settled conflict reaches the server. */
  syncSoon?(): void;
  /** The team sync run (push then pull of the shop library), run first when the owner asks to update now. */
  syncNow?(): Promise<unknown>;
}

export function accessOf(connection: TeamConnection | undefined): OwnerAccess {
  if (!connection?.enabled) return { state: 'off' };
  const owner = connection.roles.some((r) => (SHOP_WRITER_ROLES as readonly string[]).includes(r) || r === '_admin');
  return owner ? { state: 'owner', userName: connection.userName } : { state: 'not-owner', userName: connection.userName };
}

/**
 * The owner's screens over PouchDB, in the background: conflicts of the local shop copy (each
 * first merged field by field when it can be; the rest shown to the owner), the owner's choice,
 * the one-shot pull of every roster agent's database into `team-agent-<user>`, and the team views
 * computed from those copies by the pure merges of `core/team-owner`.
 */
export function createTeamOwnerDesk(deps: TeamOwnerDeskDeps): TeamOwnerDesk {
  const { keeper, openRemote, store, roster, schemas, now, lang } = deps;
  // One handle per local database for the worker's life, not one per request.
  const opened = new Map<string, TeamDatabase>();
  const openLocal = (name: string) => opened.get(name) ?? opened.set(name, deps.openLocal(name)).get(name)!;
  const shop = () => openLocal(SHOP_COPY);

  async function ownerConnection(): Promise<{ access: OwnerAccess; connection?: TeamConnection }> {
    const connection = await keeper.connection();
    const access = accessOf(connection);
    return access.state === 'owner' ? { access, connection } : { access };
  }

  function notOwner(): never {
    throw new UserFacingError('invalid-request', say(lang, '只有以店主身份连接团队后才能这样做。', 'Only a browser connected to the team as the shop owner may do this.'));
  }

  /** The records of a local copy that pass their schemas, and how many did not. */
  async function recordsOf(db: TeamDatabase): Promise<{ records: StoredRecord[]; skipped: number }> {
    const all = await db.allDocs({ include_docs: true });
    const records: StoredRecord[] = [];
    let skipped = 0;
    for (const row of all.rows) {
      if (!row.doc || row.id.startsWith('_design/')) continue;
      // Another machine's data: a document that fails its schema is left out, never shown half-read.
      const parsed = fromSyncDoc(row.doc, schemas);
      if (!parsed.ok) skipped += 1;
      else if (!parsed.record.deleted) records.push(parsed.record);
    }
    return { records, skipped };
  }

  async function readCopy(user: string): Promise<{ copy: AgentCopy; state: AgentCopyState }> {
    const db = openLocal(agentCopyName(user));
    const { records, skipped } = await recordsOf(db);
    const pulled = await db.get(PULL_STATE_ID).catch(() => undefined);
    return {
      copy: { user, records },
      state: { user, pulledAt: typeof pulled?.at === 'number' ? pulled.at : null, failure: (pulled?.failure as AgentPullFailure | undefined) ?? null, records: records.length, skipped },
    };
  }

  async function notePull(db: TeamDatabase, fields: { at?: number; failure: AgentPullFailure | null }): Promise<void> {
    const previous = await db.get(PULL_STATE_ID).catch(() => undefined);
    const at = fields.at ?? (typeof previous?.at === 'number' ? previous.at : undefined);
    await db.put({ _id: PULL_STATE_ID, ...(previous?._rev ? { _rev: previous._rev } : {}), ...(at !== undefined ? { at } : {}), failure: fields.failure } as SyncDoc);
  }

  return {
    async conflicts() {
      const { access } = await ownerConnection();
      if (access.state !== 'owner') return { value: { access, merged: 0, conflicts: [] } };
      const db = shop();
      let merged = 0;
      const conflicts = [];
      for (const id of await conflictedIds(db)) {
        const resolution = await resolveConflicts(db, id);
        if (resolution.kind === 'merged') merged += 1;
        if (resolution.kind === 'owner-chooses') conflicts.push(describeConflict(resolution.conflict));
      }
      if (merged > 0) deps.syncSoon?.();
      return { value: { access, merged, conflicts } };
    },

    async choose(id, rev) {
      const { access } = await ownerConnection();
      if (access.state !== 'owner') notOwner();
      const db = shop();
      const current = await db.get(id, { conflicts: true }).catch(() => undefined);
      const leaves = current ? [current._rev, ...(current._conflicts ?? [])] : [];
      if (!leaves.includes(rev)) {
        throw new UserFacingError('not-found', say(lang, '这个版本已经不在了（也许另一台电脑已经选过）。请刷新冲突列表。', 'This version is no longer there (perhaps another PC chose already). Reload the list of conflicts.'));
      }
      const settled = await chooseVersion(db, id, rev);
      deps.syncSoon?.();
      return { value: { rev: settled } };
    },

    async pullAgents() {
      const { access, connection } = await ownerConnection();
      if (access.state !== 'owner' || !connection) return { value: { access, agents: [] } };
      const base = connection.serverUrl.replace(/\/+$/, '');
      // The shop library first: its conflicts and the roster come with it.
      await deps.syncNow?.();
      const members = (await roster.members()).value;
      const agents: AgentCopyState[] = [];
      const copies: AgentCopy[] = [];
      for (const { userName } of members) {
        const local = openLocal(agentCopyName(userName));
        try {
          await syncOnce(local, openRemote(`${base}/${encodeURIComponent(agentDatabaseName(userName))}`), { pullOnly: true });
          await notePull(local, { at: now(), failure: null });
        } catch (error) {
          const status = (error as { status?: unknown } | null)?.status;
          await notePull(local, { failure: status === 404 ? 'missing' : classifySyncFailure(error) });
        }
        const { copy, state } = await readCopy(userName);
        agents.push(state);
        copies.push(copy);
      }
      await feedRoutingAdvisor(store, mergeRouting(copies).days, now());
      return { value: { access, agents } };
    },

    async views() {
      const { access } = await ownerConnection();
      const members = access.state === 'owner' ? (await roster.members()).value : [];
      const read = await Promise.all(members.map((m) => readCopy(m.userName)));
      const copies = read.map((r) => r.copy);
      await store.open();
      const routing = mergeRouting(copies);
      return {
        value: {
          access,
          agents: read.map((r) => r.state),
          // The shop's phrases: this machine's store, and the synced shop copy (where they live once sync is on).
          titles: phraseTitles([...(access.state === 'owner' ? (await recordsOf(shop())).records : []), ...(await store.list('phrase'))], copies),
          usage: mergeUsage(copies),
          routing: { perAgent: routing.perAgent, team: routing.team },
          scans: mergeScans(copies),
        },
      };
    },
  };
}
