import type { ExtensionHandle } from '../e2e/fixtures';
import { generatePhrases } from './phrase-search.bench';

/** Sends one request to the background from the options page, which may make every request (imports included). */
export async function requestFromExtensionPage<T>(ext: ExtensionHandle, body: unknown): Promise<T> {
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    // A string, so the bundler's helpers don't leak into the page.
    const reply = (await page.evaluate(`chrome.runtime.sendMessage({ channel: 'kefu-sidebar/v1', body: ${JSON.stringify(body)} })`)) as {
      ok: boolean;
      value?: T;
      error?: unknown;
    };
    if (!reply?.ok) throw new Error(`request failed: ${JSON.stringify(reply?.error)}`);
    return reply.value as T;
  } finally {
    await page.close();
  }
}

/** Fills the library with `count` generated phrases through the real import path. */
export async function fillLibrary(ext: ExtensionHandle, count: number) {
  const phrases = generatePhrases(count);
  const rows = phrases.map((p, i) => ({ rowNumber: i + 2, title: p.title, text: p.text, code: p.code, groupPath: [p.group] }));
  await requestFromExtensionPage(ext, { kind: 'applyImport', rows, fileName: 'bench.csv' });
  return phrases;
}
