import { say, type Lang } from '../i18n';

/** The sentences the relations area says to an owner, in both languages. Written by us. */
export function relationMessages(lang: Lang) {
  return {
    setNotFound: (setId: string) =>
      say(lang, `找不到这次读取（${setId}），可能已被更新的读取替换。请重新开始。`, `This scan or import (${setId}) no longer exists; a newer one may have replaced it. Start again.`),
    setFinished: (setId: string) =>
      say(lang, `这次读取（${setId}）已经完成，不能再添加关系。请重新开始一次读取。`, `This scan or import (${setId}) is already finished; no relations can be added. Start a new one.`),
    tooManyRelations: (max: number) =>
      say(lang, `一次最多读取 ${max} 条关系，没有保存这一批。`, `A scan or import holds at most ${max} relations; this batch was not saved.`),
    duplicateAccounts: () => say(lang, '子账号名单没有保存：有重复的子账号。', 'The roster was not saved: some sub-accounts appear twice.'),
    duplicateAccount: (id: string, first: number, again: number) =>
      say(lang, `子账号 ${id} 出现在第 ${first} 条和第 ${again} 条`, `sub-account ${id} is entry ${first} and entry ${again}`),
    tooManyAccounts: (max: number) => say(lang, `子账号名单最多 ${max} 个，没有保存。`, `A roster holds at most ${max} sub-accounts; nothing was saved.`),
    accountNotFound: (id: string) => say(lang, `找不到子账号 ${id}，没有删除任何内容。`, `Sub-account ${id} was not found; nothing was deleted.`),
    brokenSet: (setId: string) =>
      say(lang, `关系数据（${setId}）不完整，请重新读取关系表。`, `The relation data (${setId}) is incomplete; scan or import the relation table again.`),
  };
}
