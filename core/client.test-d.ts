// Compile-time checks (run by `npm run typecheck`): reply types are inferred from the handlers.
import { expectTypeOf } from 'vitest';
import type { ImportPreview } from './phrase-import';
import type { LibraryView, ProtocolClient, ReplyOf, RequestKind, RequestOf } from './client';

expectTypeOf<ReplyOf<'getLibraryView'>>().toEqualTypeOf<LibraryView>();
expectTypeOf<ReplyOf<'savePhrase'>>().toEqualTypeOf<{ id: string }>();
expectTypeOf<ReplyOf<'previewImport'>>().toEqualTypeOf<ImportPreview>();
expectTypeOf<ReplyOf<'deletePhrases'>>().toEqualTypeOf<{ deleted: number; snapshotId: string }>();
expectTypeOf<'getSnapshot'>().not.toMatchTypeOf<RequestKind>();
expectTypeOf<RequestOf<'savePhrase'>>().toMatchTypeOf<{ kind: 'savePhrase'; baseUpdatedAt?: number }>();

declare const client: ProtocolClient;
async function uses() {
  const reply = await client.request({ kind: 'recordUsage', phraseId: 'phr_1' });
  if (reply.ok) expectTypeOf(reply.value).toEqualTypeOf<{ count: number }>();
  // @ts-expect-error a request's fields are checked: `phraseId` is required
  await client.request({ kind: 'recordUsage' });
  // @ts-expect-error an unknown kind is not a request
  await client.request({ kind: 'dropDatabase' });
}
void uses;
