import { expect, it } from 'vitest';
import { teamRoleOf } from './roles';

it('owner for owner, admin or a server admin; agent for agent; none otherwise', () => {
  expect(teamRoleOf(['owner'])).toBe('owner');
  expect(teamRoleOf(['admin'])).toBe('owner');
  expect(teamRoleOf(['_admin'])).toBe('owner');
  expect(teamRoleOf(['agent', 'owner'])).toBe('owner');
  expect(teamRoleOf(['agent'])).toBe('agent');
  expect(teamRoleOf(['reader'])).toBeUndefined();
  expect(teamRoleOf([])).toBeUndefined();
});
