import { SCHEMA_VERSION, type StoredRecord } from '../../core/store';

/** A shop phrase as a team's databases hold it, for sync tests: `fields` override any part. */
export const shopPhrase = (id: string, fields: Record<string, unknown> = {}): StoredRecord => ({
  id,
  type: 'phrase',
  schemaVersion: SCHEMA_VERSION,
  createdAt: 1_000,
  updatedAt: 1_000,
  updatedBy: 'boss',
  scope: 'shop',
  title: `标题 ${id}`,
  text: `正文 ${id}`,
  groupId: null,
  order: 1,
  stage: null,
  tags: [],
  ...fields,
});
