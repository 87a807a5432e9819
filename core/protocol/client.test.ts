import { describe, expect, it } from 'vitest';
import { envelope, isBroadcast } from './client';
import { MESSAGE_CHANNEL } from './messages';

describe('isBroadcast', () => {
  it('recognizes our broadcasts only', () => {
    expect(isBroadcast(envelope({ kind: 'recordsChanged', records: [] }))).toBe(true);
    expect(isBroadcast({ channel: MESSAGE_CHANNEL, body: { kind: 'openSidebar' } })).toBe(true);
    expect(isBroadcast({ channel: MESSAGE_CHANNEL, body: { kind: 'libraryReplaced' } })).toBe(true);
    expect(isBroadcast({ channel: MESSAGE_CHANNEL, body: { kind: 'getLibraryView' } })).toBe(false);
    expect(isBroadcast({ channel: 'x', body: { kind: 'openSidebar' } })).toBe(false);
    expect(isBroadcast(null)).toBe(false);
  });
});
