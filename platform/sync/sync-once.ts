import type { ReplicationOptions, ReplicationResult, TeamDatabase } from './team-pouch';

/** Documents per request: small enough that a run ends well inside MV3's 5-minute request limit. */
export const SYNC_BATCH_SIZE = 100;

export interface SyncRunResult {
  pushed: number;
  pulled: number;
  /** Documents the other side refused (e.g. an agent's write to `shop`), by `_id` with the reason. */
  refused: string[];
}

export interface SyncOnceOptions {
  /** Push nothing (an agent pulling the shop library: the server would refuse every write anyway). */
  pullOnly?: boolean;
  batchSize?: number;
}

/**
 * One sync run of one database: push local changes, then pull the server's, each a one-shot
 * replication (no `live`, no `retry`: MV3 stops an idle worker after 30 s, so the next alarm is the
 * retry). Both directions keep checkpoints on both sides, so a run that was cut off (worker stopped,
 * network lost) starts the next time from the last batch written, not from the beginning.
 */
export async function syncOnce(local: TeamDatabase, remote: TeamDatabase, options: SyncOnceOptions = {}): Promise<SyncRunResult> {
  const replication: ReplicationOptions = { batch_size: options.batchSize ?? SYNC_BATCH_SIZE, batches_limit: 1 };
  const refused: string[] = [];
  let pushed = 0;
  if (!options.pullOnly) {
    const push = await local.replicate.to(remote, replication);
    pushed = push.docs_written;
    refused.push(...refusals(push));
  }
  const pull = await local.replicate.from(remote, replication);
  refused.push(...refusals(pull));
  return { pushed, pulled: pull.docs_written, refused };
}

/** Writes the target refused: PouchDB counts them as failures and keeps going. */
function refusals(result: ReplicationResult): string[] {
  return result.errors.map((e) => {
    const error = e as { id?: string; name?: string; message?: string; reason?: string };
    return `${error.id ?? '?'}: ${error.reason ?? error.message ?? error.name ?? 'refused'}`;
  });
}
