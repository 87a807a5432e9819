/**
 * Every adapter selector finds, on its replica console, the number of elements the adapter says it
 * should (STYLE.md: selectors with their expected match count on a known page). When a console is
 * re-captured and its replica updated, this is where a stale selector shows up first.
 */
import { describe, expect, it } from 'vitest';
import { adapterForUrl, CHAT_ADAPTERS } from '../../sites/registry';
import type { ExpectedCount } from '../../sites/types';
import { backOfficeUrl, REPLICA_SITES, type BackOfficeView, type ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';

function fits(count: number, expected: ExpectedCount): boolean {
  return typeof expected === 'number' ? count === expected : count >= Number.parseInt(expected, 10);
}

describe('adapter selectors on their replicas', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });

  it.each(REPLICA_SITES)('%s: each selector finds what the adapter expects', async (site) => {
    const adapter = CHAT_ADAPTERS[site];
    const page = await ext.openConsole(site);
    const counts = await page.evaluate(
      (selectors) => Object.fromEntries(Object.entries(selectors).map(([part, sel]) => [part, document.querySelectorAll(sel).length])),
      adapter.selectors,
    );
    const wrong = Object.entries(adapter.expected)
      .filter(([part, expected]) => !fits(counts[part] ?? -1, expected))
      .map(([part, expected]) => `${part}: expected ${expected}, found ${counts[part]} (${adapter.selectors[part as keyof typeof adapter.selectors]})`);
    expect(wrong).toEqual([]);
    await page.close();
  });

  it.each(['relations', 'staff'] as BackOfficeView[])('qianniu back office %s table: each selector finds what the page kind expects', async (view) => {
    const adapter = adapterForUrl(backOfficeUrl(view));
    expect(adapter?.kind).toBe(view);
    const page = await ext.context.newPage();
    await page.goto(backOfficeUrl(view));
    await page.waitForFunction(() => (window as unknown as { __replica?: unknown }).__replica !== undefined);
    const counts = await page.evaluate(
      (selectors) => Object.fromEntries(Object.entries(selectors).map(([part, sel]) => [part, document.querySelectorAll(sel).length])),
      adapter!.selectors as Record<string, string>,
    );
    const wrong = Object.entries(adapter!.expected as Record<string, ExpectedCount>)
      .filter(([part, expected]) => !fits(counts[part] ?? -1, expected))
      .map(([part, expected]) => `${part}: expected ${expected}, found ${counts[part]}`);
    expect(wrong).toEqual([]);
    await page.close();
  });
});
