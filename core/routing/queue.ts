/**
 * One agent's buyers waiting for a reply (DOMAIN §5 busyness): the agent answers them one at a
 * time, first come first served, each taking its reply time. More than `BUSY_ABOVE` waiting is
 * busy; each busy period is reported once it ends.
 */
export const BUSY_ABOVE = 4;

export class ReplyQueue {
  /** When each waiting buyer gets a reply (seconds), a growing ring, oldest at `head`. */
  private replies = new Float64Array(16);
  private head = 0;
  private count = 0;
  private lastReply = 0;
  private busySince = 0;

  constructor(
    private readonly replySeconds: number,
    private readonly onBusy: (start: number, end: number) => void,
  ) {}

  get waiting(): number {
    return this.count;
  }

  /** Lets time run to `t`: every buyer whose reply is due by then stops waiting. */
  advance(t: number): void {
    const size = this.replies.length;
    while (this.count > 0 && this.replies[this.head]! <= t) {
      const at = this.replies[this.head]!;
      if (this.count === BUSY_ABOVE + 1) this.onBusy(this.busySince, at);
      this.head = (this.head + 1) % size;
      this.count -= 1;
    }
  }

  /** A new buyer at `t` (call `advance(t)` first): answered after everyone before them. */
  add(t: number): void {
    if (this.count === this.replies.length) this.grow();
    this.lastReply = Math.max(t, this.lastReply) + this.replySeconds;
    this.replies[(this.head + this.count) % this.replies.length] = this.lastReply;
    this.count += 1;
    if (this.count === BUSY_ABOVE + 1) this.busySince = t;
  }

  /** Answers everyone still waiting (closes the last busy period). */
  drain(): void {
    this.advance(Number.POSITIVE_INFINITY);
  }

  private grow(): void {
    const next = new Float64Array(this.replies.length * 2);
    for (let i = 0; i < this.count; i++) next[i] = this.replies[(this.head + i) % this.replies.length]!;
    this.replies = next;
    this.head = 0;
  }
}
