import { say, type Lang } from '../i18n';
import type { Outcome } from '../protocol';
import { UserFacingError, type RecordStore } from '../store';
import { teamMemberRecordId, teamUserNameSchema, type TeamMember, type TeamMemberRecord } from './model';

/** Agents a roster may hold (a shop has two to dozens). */
export const TEAM_MEMBERS_MAX = 200;

export interface TeamRosterService {
  members(): Promise<Outcome<TeamMember[]>>;
  add(userName: string): Promise<Outcome<{ member: TeamMember; added: boolean }>>;
  remove(userName: string): Promise<Outcome<{ removed: boolean }>>;
}

/** The owner's list of agents, kept in the shop library (`teamMember` records). */
export function createTeamRosterService({ store, lang }: { store: RecordStore; lang: Lang }): TeamRosterService {
  const memberOf = (r: TeamMemberRecord): TeamMember => ({ userName: r.userName, addedAt: r.createdAt });
  return {
    async members() {
      await store.open();
      const records = (await store.list('teamMember')) as TeamMemberRecord[];
      return { value: records.map(memberOf).sort((a, b) => a.userName.localeCompare(b.userName)) };
    },
    async add(raw) {
      const parsed = teamUserNameSchema.safeParse(raw);
      if (!parsed.success) {
        throw new UserFacingError('invalid-request', say(lang, `用户名 “${raw.slice(0, 60)}” 不能用：只能是小写字母开头，含小写字母、数字、_ 和 -（团队服务器的数据库名要求如此）。`, `User name "${raw.slice(0, 60)}" cannot be used: it must start with a lowercase letter and hold lowercase letters, digits, _ and - only (the team server names databases after it).`));
      }
      const userName = parsed.data;
      const { value, written } = await store.update((view) => {
        const existing = view.get(teamMemberRecordId(userName)) as TeamMemberRecord | undefined;
        if (existing && !existing.deleted) return { changes: [], value: { added: false } };
        if (view.list('teamMember').length >= TEAM_MEMBERS_MAX) {
          throw new UserFacingError('invalid-request', say(lang, `团队名单最多 ${TEAM_MEMBERS_MAX} 人，没有添加。`, `The roster holds at most ${TEAM_MEMBERS_MAX} agents; nobody was added.`));
        }
        return { changes: [{ put: { id: teamMemberRecordId(userName), type: 'teamMember', scope: 'shop', userName } }], value: { added: true } };
      });
      const record = (await store.get(teamMemberRecordId(userName))) as TeamMemberRecord;
      return { value: { member: memberOf(record), added: value.added }, written };
    },
    async remove(raw) {
      const userName = raw.trim().toLowerCase();
      const { value, written } = await store.update((view) => {
        const existing = view.get(teamMemberRecordId(userName));
        if (!existing || existing.deleted) return { changes: [], value: { removed: false } };
        return { changes: [{ delete: teamMemberRecordId(userName) }], value: { removed: true } };
      });
      return { value, written };
    },
  };
}
