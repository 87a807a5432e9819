import { say, type Lang } from '../../core/i18n';

/** Record types by the name a seller knows them under; unknown types show as stored. */
const TYPE_NAMES: Record<string, [string, string]> = {
  phrase: ['话术', 'Phrases'],
  phraseGroup: ['分组', 'Groups'],
  starterLibraryState: ['初始话术版本', 'Starter library version'],
  selectorOverrides: ['页面选择器', 'Page selectors'],
  variableSettings: ['变量设置', 'Variables'],
  uiPreferences: ['界面偏好', 'UI preferences'],
  synonymSettings: ['同义词', 'Synonyms'],
  phraseUsage: ['使用次数', 'Usage counts'],
  replyPicks: ['推荐回复记录', 'Reply picks'],
  customer: ['客户', 'Customers'],
  customerGroups: ['客户分组', 'Customer groups'],
  conversationRecord: ['对话记录', 'Conversation records'],
  conversationOutcome: ['对话结果', 'Conversation outcomes'],
};

export function typeName(type: string, lang: Lang): string {
  const names = Object.hasOwn(TYPE_NAMES, type) ? TYPE_NAMES[type] : undefined;
  return names ? say(lang, names[0], names[1]) : type;
}
