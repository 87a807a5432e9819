import { defineMessages } from '../ui/i18n';

/** Every sentence of the phrase form (sidebar and manager) and its wording check. Written by us. */
const MESSAGES = {
  formNew: ['新建话术', 'New phrase'],
  formEdit: ['编辑话术', 'Edit phrase'],
  fieldTitle: ['标题', 'Title'],
  fieldText: ['内容', 'Text'],
  fieldCode: ['快捷编码', 'Short code'],
  fieldGroup: ['分组', 'Group'],
  fieldStage: ['阶段', 'Stage'],
  fieldTags: ['标签（用逗号分隔）', 'Tags (comma separated)'],
  fieldLibrary: ['话术库', 'Library'],
  fieldExamples: ['买家问法（每行一条，最多 8 条）', 'Buyer questions (one per line, up to 8)'],
  examplesHint: ['写下买家会怎么问，建议回复就更容易找到这条话术。', 'How buyers ask it: suggested replies find the phrase by these.'],
  tooManyExamples: ['买家问法最多 8 条，现在有 {count} 条。', 'At most 8 buyer questions; there are {count}.'],
  exampleTooLong: ['第 {line} 条买家问法超过 60 字。', 'Buyer question {line} is longer than 60 characters.'],
  publicReply: ['评价公开回复（不在聊天中建议）', 'Public review reply (never suggested in chat)'],
  scope_shop: ['店铺话术库', 'Shop library'],
  scope_agent: ['我的话术', 'My phrases'],
  ungrouped: ['未分组', 'Ungrouped'],
  stageNone: ['不限阶段', 'Any stage'],
  autoReplyMode: ['用作自动回复（检查 128 字上限）', 'Use as an auto-reply (checks the 128-character limit)'],
  charCount: ['{count} 字', '{count} characters'],
  required: ['请填写{field}。', 'Please fill in the {field}.'],
  save: ['保存', 'Save'],
  cancel: ['取消', 'Cancel'],
  delete: ['删除', 'Delete'],
  loadLatest: ['载入最新', 'Load latest'],
  saveMine: ['仍用我的版本覆盖', 'Save mine over it'],
  latestLoaded: ['已载入最新保存的版本，你的修改已被替换。', 'The latest saved version is loaded; your changes were replaced.'],
  phraseGone: [
    '这条话术已被删除。你的内容还在，保存会把它作为新话术添加。',
    'This phrase was deleted. Your text is still here; saving adds it as a new phrase.',
  ],

  // wording check
  lintHeading: ['用语检查', 'Wording check'],
  lintClean: ['没有发现问题。', 'No problems found.'],
  lintCount: ['发现 {count} 处需要注意：', '{count} things to look at:'],
  lint_absolute_claim: ['绝对化用语', 'Absolute claim'],
  lint_perfect_promise: ['完美承诺', 'Perfect promise'],
  lint_tone: ['语气', 'Tone'],
  lint_unfilled_variable: ['变量', 'Variable'],
  lint_off_platform_contact: ['站外联系方式', 'Off-platform contact'],
  lint_too_long: ['超长', 'Too long'],
} satisfies Record<string, [string, string]>;

export type FormMessageKey = keyof typeof MESSAGES;

/** `fm(lang, 'loadLatest')`: a phrase-form sentence in the UI language. */
export const fm = defineMessages<FormMessageKey>(MESSAGES);
