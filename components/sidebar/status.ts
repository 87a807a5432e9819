import { signal } from '@preact/signals';

export interface StatusMessage {
  /** `status` is news (role=status), `alert` is a failure the agent must act on (role=alert). */
  kind: 'status' | 'alert';
  text: string;
  /** Text the agent has to copy by hand (the clipboard could not take it): shown selectable under the alert. */
  manualCopy?: string;
}

/** The one line that says what just happened. */
export function createStatus() {
  const current = signal<StatusMessage | null>(null);
  return {
    current,
    say: (text: string) => (current.value = { kind: 'status', text }),
    alert: (text: string, manualCopy?: string) => (current.value = { kind: 'alert', text, ...(manualCopy === undefined ? {} : { manualCopy }) }),
    clear: () => (current.value = null),
  };
}
export type Status = ReturnType<typeof createStatus>;
