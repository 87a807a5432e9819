import type { Outcome } from '../protocol';
import type { SyncFailureKind } from '../sync';
import type { ConflictView } from './conflict-view';
import type { RoutingSummary, TeamScans, TeamUsage } from './team-views';

/** Whether this browser may use the owner's screens: connected to a team, as the owner (or an admin). */
export type OwnerAccess = { state: 'off' } | { state: 'not-owner'; userName: string } | { state: 'owner'; userName: string };

/** Why an agent's copy could not be refreshed: a sync failure, or no database on the server for them. */
export type AgentPullFailure = SyncFailureKind | 'missing';

/** The last refresh of one agent's copy. */
export interface AgentCopyState {
  user: string;
  /** When the copy was last pulled in full (epoch ms); null = never. */
  pulledAt: number | null;
  /** The last attempt's failure, when it failed. */
  failure: AgentPullFailure | null;
  /** Live records in the copy. */
  records: number;
  /** Documents left out because they failed their record schema (another machine's data is checked). */
  skipped: number;
}

export interface TeamConflicts {
  access: OwnerAccess;
  /** Conflicts the app merged field by field just now (nothing for the owner to do). */
  merged: number;
  /** Conflicts the owner chooses. */
  conflicts: ConflictView[];
}

export interface TeamViews {
  access: OwnerAccess;
  agents: AgentCopyState[];
  /** Phrase id → title, from the shop library and the agents' own phrases. */
  titles: Record<string, string>;
  usage: TeamUsage;
  routing: { perAgent: Array<{ user: string; name: string; summary: RoutingSummary }>; team: RoutingSummary };
  scans: TeamScans;
}

/**
 * What the owner's screens ask of the background (implemented over PouchDB in
 * `platform/sync/team-owner-desk.ts`). Every answer says the access first, so a page that is not
 * the owner's shows what to do instead of an error.
 */
export interface TeamOwnerDesk {
  conflicts(): Promise<Outcome<TeamConflicts>>;
  choose(id: string, rev: string): Promise<Outcome<{ rev: string }>>;
  /** Pulls every roster agent's database into its local copy (pull only), then feeds the routing advisor. */
  pullAgents(): Promise<Outcome<{ access: OwnerAccess; agents: AgentCopyState[] }>>;
  views(): Promise<Outcome<TeamViews>>;
}
