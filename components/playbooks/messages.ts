import { defineMessages } from '../ui/i18n';

/** Every sentence of the 应对 panel (guided playbooks and the closing checklist), in both languages. Written by us. */
const MESSAGES = {
  heading: ['应对难题', 'Hard cases'],
  intro: ['选一个情况，按步骤回答问题，插入建议的话术；最后记录结果。', 'Pick the case, answer each step, insert the proposed phrases; then record how it ended.'],
  listLabel: ['应对流程', 'Playbooks'],
  closingOpen: ['结束对话 · 检查清单', 'Closing checklist'],
  closingSummary: ['结束前逐项确认，再记录结果', 'Check each item before you end, then record the outcome'],
  closingHeading: ['结束对话', 'Ending the conversation'],
  closingIntro: ['别突然结束：逐项完成并勾选，再记录这次对话的结果。', 'Don’t end abruptly: do and tick each item, then record how the conversation went.'],
  checklistLabel: ['结束对话检查清单', 'Closing checklist'],
  ticked: ['已完成 {done}/{total} 项', '{done} of {total} done'],
  toList: ['← 全部流程', '← All playbooks'],
  stepBack: ['上一步', 'Back'],
  next: ['下一步', 'Next'],
  endNow: ['提前结束并记录', 'End here and record'],
  answered: ['已回答：', 'So far: '],
  fromPage: ['页面显示：{status}', 'The page says: {status}'],
  insert: ['插入', 'Insert'],
  insertNamed: ['插入：{title}', 'Insert: {title}'],
  copy: ['复制', 'Copy'],
  copyNamed: ['复制：{title}', 'Copy: {title}'],
  phrasesLabel: ['建议话术', 'Proposed phrases'],
  standIn: ['原话术已删除，这是话术库中最接近的一条，请先看一遍', 'The original phrase was deleted; this is the closest one in your library — read it first'],
  sameTitle: ['同名话术', 'Same title'],
  missing: ['话术库里没有“{title}”（已删除）。可在设置页恢复入门话术，或自己输入。', '“{title}” is no longer in your library. Restore the starter phrases in the options page, or type your own.'],
  noBuyer: ['先打开一个会话：结果要记在买家名下。', 'Open a conversation first: the outcome is kept under the buyer.'],
  // outcome form
  outcomeLabel: ['记录结果', 'Record the outcome'],
  resolvedLegend: ['问题解决了吗？', 'Was it resolved?'],
  resolvedYes: ['已解决', 'Resolved'],
  resolvedNo: ['未解决', 'Not resolved'],
  saleLegend: ['成交了吗？', 'Did it sell?'],
  saleYes: ['已成交', 'Sale'],
  saleNo: ['未成交', 'No sale'],
  note: ['备注', 'Note'],
  notePlaceholder: ['例如：答应明天上午发出', 'e.g. promised to ship tomorrow morning'],
  noteCount: ['{count}/{max}', '{count}/{max}'],
  record: ['记录结果', 'Record outcome'],
  recorded: ['已记录：{what}（{buyer}）', 'Recorded: {what} ({buyer})'],
  recordFailed: ['结果没有记录：{message}', 'The outcome was not recorded: {message}'],
  // recent outcomes
  recentHeading: ['{buyer} 的最近结果', 'Recent outcomes for {buyer}'],
  recentNone: ['这位买家还没有记录。', 'Nothing recorded for this buyer yet.'],
  recentFailed: ['读取记录失败：{message}', 'Could not read the outcomes: {message}'],
  closingName: ['结束对话', 'Closing checklist'],
  unknownPlaybook: ['应对流程', 'Playbook'],
  steps: ['{count} 步', '{count} steps'],
} as const;

export type PlaybookMessageKey = keyof typeof MESSAGES;
export const tp = defineMessages<PlaybookMessageKey>(MESSAGES);
