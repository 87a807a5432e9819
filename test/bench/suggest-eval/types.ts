/** One buyer question of the evaluation set, written by us. */
export interface EvalQuestion {
  /** The buyer's latest message, or several consecutive messages (oldest first). */
  q: string | readonly string[];
  /** Which console's habits it is written in. */
  site: 'pinduoduo' | 'doudian' | 'jd' | 'qianniu';
  /** Keys of starter phrases that would be an acceptable next message from the agent; [] = none fits. */
  fits: readonly string[];
}
