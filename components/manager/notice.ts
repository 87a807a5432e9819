import { signal } from '@preact/signals';

/** A button offered with a status line, e.g. 撤销 after a bulk delete. */
export interface NoticeAction {
  label: string;
  run(): void | Promise<void>;
}

export interface NoticeMessage {
  /** `status` is news (role=status), `alert` is a failure to act on (role=alert). */
  kind: 'status' | 'alert';
  text: string;
  action?: NoticeAction;
}

/** The one line at the top of the manager that says what just happened, with an optional undo. */
export function createNotice() {
  const current = signal<NoticeMessage | null>(null);
  return {
    current,
    say: (text: string, action?: NoticeAction) => (current.value = { kind: 'status', text, ...(action ? { action } : {}) }),
    alert: (text: string) => (current.value = { kind: 'alert', text }),
    clear: () => (current.value = null),
  };
}
export type Notice = ReturnType<typeof createNotice>;
