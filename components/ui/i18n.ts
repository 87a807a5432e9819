import { say, type Lang } from '../../core/i18n';

/** Every sentence the sidebar and options page show, in both languages. Written by us. */
const MESSAGES = {
  launcher: ['客服侧边栏', 'Kefu Sidebar'],
  collapse: ['收起侧边栏', 'Collapse sidebar'],
  tabPhrases: ['话术', 'Phrases'],
  tabCustomer: ['客户', 'Customer'],
  currentBuyer: ['当前买家：{name}', 'Current buyer: {name}'],
  noBuyer: ['当前没有打开的会话', 'No conversation open'],
  waitingCount: ['{count} 位买家在等回复', '{count} buyers waiting for a reply'],
  searchLabel: ['搜索话术', 'Search phrases'],
  searchPlaceholder: ['输入文字、拼音、首字母或编码', 'Characters, pinyin, initials or code'],
  listLabel: ['话术列表', 'Phrase list'],
  allGroups: ['全部', 'All'],
  ungrouped: ['未分组', 'Ungrouped'],
  noResults: ['没有找到“{query}”相关的话术', 'No phrase matches “{query}”'],
  moreResults: ['还有 {count} 条，输入关键词缩小范围', '{count} more — type to narrow down'],
  loading: ['正在载入话术…', 'Loading phrases…'],
  newPhrase: ['新建话术', 'New phrase'],
  editPhrase: ['编辑', 'Edit'],
  deletePhrase: ['删除', 'Delete'],
  insertHint: ['Enter 或点击插入到输入框，不会自动发送', 'Enter or click inserts into the chat box; nothing is sent'],
  fieldTitle: ['标题', 'Title'],
  fieldText: ['内容', 'Text'],
  fieldCode: ['快捷编码', 'Short code'],
  fieldGroup: ['分组', 'Group'],
  save: ['保存', 'Save'],
  cancel: ['取消', 'Cancel'],
  saved: ['已保存：{title}', 'Saved: {title}'],
  deleted: ['已删除：{title}', 'Deleted: {title}'],
  confirmDelete: ['确定删除“{title}”？', 'Delete “{title}”?'],
  inserted: ['已插入：{title}（请检查后自己发送）', 'Inserted: {title} (check it, then send it yourself)'],
  buyerChanged: [
    '会话已切换：这条话术是为“{from}”选的，现在打开的是“{to}”，所以没有插入。确认无误后再按一次即可插入。',
    'The conversation changed: this phrase was chosen for “{from}”, but “{to}” is open now, so nothing was inserted. Press again to insert it for “{to}”.',
  ],
  noChatInput: [
    '在{site}页面上找不到聊天输入框（选择器 {selector}）。页面可能改版了：请在扩展设置里更新“聊天输入框”的选择器。',
    'The chat input was not found on {site} (selector {selector}). The page may have changed: update the “chat input” selector in the extension options.',
  ],
  guessedSelectors: [
    '{site}的页面结构是我们推测的，如有不符请在设置中调整选择器。',
    'The {site} page structure is our guess; adjust the selectors in the options if it does not match.',
  ],
  invalidSelector: [
    '{site}的选择器“{part}”不是有效的 CSS：{selector}。请在扩展设置里改正。',
    'The {site} selector “{part}” is not valid CSS: {selector}. Fix it in the extension options.',
  ],
  copiedInstead: [
    '没能确认话术已进入输入框，已复制到剪贴板：点击输入框后按 Ctrl+V 粘贴。',
    'Could not confirm the text reached the chat box, so it was copied: click the chat box and press Ctrl+V.',
  ],
  insertFailed: [
    '话术没有插入，也没能复制到剪贴板。请手动复制：{title}',
    'The phrase was neither inserted nor copied. Copy it by hand: {title}',
  ],
} satisfies Record<string, [string, string]>;

export type MessageKey = keyof typeof MESSAGES;

/** `t(lang, 'inserted', { title })`: the sentence in the UI language with `{placeholders}` filled as text. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const [zh, en] = MESSAGES[key];
  return say(lang, zh, en).replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
