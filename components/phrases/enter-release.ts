/**
 * Consoles send on Enter's keydown, keypress or keyup. When the agent presses Enter in the sidebar,
 * focus may move to the chat input only after the key is released, or the release would land
 * there and send. `whenReleased()` resolves once no Enter is held down in the sidebar.
 */
export function createEnterRelease() {
  let held = false;
  let waiting: (() => void)[] = [];
  const release = () => {
    held = false;
    const done = waiting;
    waiting = [];
    done.forEach((resolve) => resolve());
  };
  return {
    onKeyDown(e: KeyboardEvent) {
      if (e.key === 'Enter') held = true;
    },
    onKeyUp(e: KeyboardEvent) {
      if (e.key === 'Enter') release();
    },
    /** Also released when the window loses focus: a keyup that never comes must not block forever. */
    onBlur: release,
    whenReleased(): Promise<void> {
      return held ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve();
    },
  };
}
