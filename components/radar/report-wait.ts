import type { ProtocolClient } from '../../core/client';
import type { ReplyWait } from '../../core/customers/radar-waits';

/**
 * Where the radar hands each observed reply wait: the metrics area keeps them for the 3- and
 * 5-minute reply rates (options page → 指标). A wait that can't be recorded (standalone mode has no
 * console id; a refused write) is dropped: the rates are an estimate, the chat must not wait on it.
 */
export function replyWaitReporter(client: ProtocolClient): (wait: ReplyWait) => void {
  return (wait) => {
    void client.request({ kind: 'recordReplyWaits', waits: [wait] }).catch(() => undefined);
  };
}
