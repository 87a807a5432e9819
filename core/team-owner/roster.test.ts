import { describe, expect, it } from 'vitest';
import { createTestClock, createTestStore } from '../../test/helpers/store';
import { createMemoryBackend } from '../store';
import { createTeamRosterService } from './roster';

function setup() {
  const store = createTestStore({ backend: createMemoryBackend(), now: createTestClock(), actor: 'boss', lang: 'en' });
  return { store, roster: createTeamRosterService({ store, lang: 'en' }) };
}

describe('the team roster', () => {
  it('adds an agent once, in the shop library, lowercased', async () => {
    const { store, roster } = setup();
    expect((await roster.add('  Mei ')).value).toMatchObject({ added: true, member: { userName: 'mei' } });
    expect((await roster.add('mei')).value.added).toBe(false);
    expect((await roster.members()).value.map((m) => m.userName)).toEqual(['mei']);
    expect(await store.get('team:member:mei')).toMatchObject({ type: 'teamMember', scope: 'shop' });
  });

  it('refuses a name a team database cannot take, saying why', async () => {
    const { roster } = setup();
    await expect(roster.add('小美')).rejects.toThrow(/lowercase letter/);
    await expect(roster.add('1abc')).rejects.toThrow(/User name "1abc"/);
    expect((await roster.members()).value).toEqual([]);
  });

  it('removes an agent, and adds them back', async () => {
    const { roster } = setup();
    await roster.add('lan');
    expect((await roster.remove('LAN')).value.removed).toBe(true);
    expect((await roster.remove('lan')).value.removed).toBe(false);
    expect((await roster.members()).value).toEqual([]);
    expect((await roster.add('lan')).value.added).toBe(true);
  });
});
