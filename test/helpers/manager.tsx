// Shared by the manager's component tests (happy-dom); not part of the page.
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { createPhraseIndex } from '../../core/phrases/search-index';
import type { ProtocolClient } from '../../core/client';
import type { LibraryView } from '../../core/client';
import type { ManagedGroup, ManagedPhrase } from '../../components/manager/manager-api';

const meta = { schemaVersion: 2, createdAt: 1, updatedAt: 1, updatedBy: 'test', scope: 'shop' as const };

export function group(id: string, name: string, order: number, parentId: string | null = null): ManagedGroup {
  return { ...meta, id, type: 'phraseGroup', name, order, parentId };
}

export function phrase(id: string, title: string, text: string, groupId: string | null, order: number, extra: Partial<ManagedPhrase> = {}): ManagedPhrase {
  return { ...meta, id, type: 'phrase', title, text, groupId, order, stage: null, tags: [], ...extra };
}

export function snapshotOf(phrases: ManagedPhrase[], groups: ManagedGroup[], usage: LibraryView['usage'] = {}): LibraryView {
  const names = new Map(groups.map((g) => [g.id, g.name]));
  const phraseIndex = createPhraseIndex(
    phrases.map((p) => ({ id: p.id, title: p.title, text: p.text, code: p.code, group: p.groupId ? names.get(p.groupId) : undefined })),
  );
  return { phrases, groups, selectorOverrides: [], phraseIndex, usage, variableSettings: {}, sidebarCollapsed: {}, synonymPairs: [], replyPicks: [] };
}

type Handler = (req: { kind: string } & Record<string, unknown>) => unknown;

/** A protocol client whose answers come from `handlers` (value, or a full reply with `ok`); every request is recorded. */
export function fakeClient(handlers: Record<string, Handler>) {
  const requests: ({ kind: string } & Record<string, unknown>)[] = [];
  const client: ProtocolClient = {
    request: vi.fn(async (req: { kind: string } & Record<string, unknown>) => {
      requests.push(req);
      const handler = handlers[req.kind];
      if (!handler) return { ok: false, error: { code: 'invalid-request', message: `no fake for ${req.kind}` } };
      const answer = await handler(req);
      return answer && typeof answer === 'object' && 'ok' in answer ? answer : { ok: true, value: answer };
    }) as unknown as ProtocolClient['request'],
  };
  return { client, requests, kinds: () => requests.map((r) => r.kind) };
}

export const byRole = (root: ParentNode, role: string) => Array.from(root.querySelectorAll(`[role="${role}"]`)) as HTMLElement[];
export const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

/** The button whose accessible name (aria-label, else text) is `name`. */
export function button(root: ParentNode, name: string): HTMLButtonElement {
  const found = Array.from(root.querySelectorAll('button')).find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name);
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

export async function click(el: HTMLElement) {
  await act(async () => {
    el.click();
  });
  await flush();
}

export async function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function check(el: HTMLInputElement, on = true) {
  await act(async () => {
    el.checked = on;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
