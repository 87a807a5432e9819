import { say, type Lang } from '../../core/i18n';

/** Every sentence the sidebar and options page show, in both languages. Written by us. */
const MESSAGES = {
  launcher: ['客服侧边栏', 'Kefu Sidebar'],
  collapse: ['收起侧边栏', 'Collapse sidebar'],
  currentBuyer: ['当前买家：{name}', 'Current buyer: {name}'],
  noBuyer: ['当前没有打开的会话', 'No conversation open'],
  reveal: ['定位', 'Show'],
  revealBuyer: ['在会话列表中定位 {name}', 'Show {name} in the conversation list'],
  searchLabel: ['搜索话术', 'Search phrases'],
  searchPlaceholder: ['输入文字、拼音、首字母或编码', 'Characters, pinyin, initials or code'],
  listLabel: ['话术列表', 'Phrase list'],
  allGroups: ['全部', 'All'],
  ungrouped: ['未分组', 'Ungrouped'],
  noResults: ['没有找到“{query}”相关的话术', 'No phrase matches “{query}”'],
  moreResults: ['还有 {count} 条，输入关键词缩小范围', '{count} more — type to narrow down'],
  moreMatches: ['还有更多匹配，多输入几个字缩小范围', 'More matches — type more to narrow down'],
  loading: ['正在载入话术…', 'Loading phrases…'],
  newPhrase: ['新建话术', 'New phrase'],
  editPhrase: ['编辑', 'Edit'],
  deletePhrase: ['删除', 'Delete'],
  insertHint: ['Enter 或点击插入到输入框，不会自动发送', 'Enter or click inserts into the chat box; nothing is sent'],
  suggestedReplies: ['建议回复', 'Suggested replies'],
  fieldGroup: ['分组', 'Group'],
  save: ['保存', 'Save'],
  pickChatInput: ['点选聊天输入框', 'Pick the chat input'],
  pickingChatInput: ['请点击页面上的聊天输入框（按 Esc 取消）', 'Click the chat input on the page (Esc to cancel)'],
  pickedChatInput: ['已记住新的聊天输入框（{selector}），可以继续插入话术了。', 'The new chat input is remembered ({selector}); phrases insert there now.'],
  pickedNotEditable: ['点中的不是可以输入文字的地方，请再点一次聊天输入框。', 'That is not a place to type text. Pick the chat input again.'],
  standaloneSite: ['独立模式', 'Standalone'],
  standaloneIntro: [
    '用于千牛接待台等无法直接插入的聊天窗口：选中话术即复制到剪贴板，到聊天窗口按 Ctrl+V 粘贴。',
    'For chat windows the extension cannot reach, such as the Qianniu desktop app: choosing a phrase copies it; paste it with Ctrl+V.',
  ],
  openWindow: ['在独立小窗口中打开', 'Open in a small window'],
  copiedStandalone: ['已复制：{title}，请到聊天窗口按 Ctrl+V 粘贴', 'Copied: {title}. Paste it in the chat window with Ctrl+V'],
  triggerLabel: ['话术建议', 'Phrase suggestions'],
  triggerHint: ['Tab 或 Enter 选用 · Esc 关闭', 'Tab or Enter to use · Esc to close'],
  personalBadge: ['我的', 'Mine'],
  fillVariables: ['填写“{title}”的内容', 'Fill in “{title}”'],
  variablesMissing: ['还需要填写：{names}', 'Still to fill: {names}'],
  insertFilled: ['插入', 'Insert'],
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
    '{site}的页面结构是我们推测的，如有不符请在设置中调整选择器；也可以点击浏览器工具栏上的客服侧边栏图标，用独立模式复制话术后粘贴。',
    'The {site} page structure is our guess: adjust the selectors in the options, or click the Kefu Sidebar toolbar icon and use standalone mode to copy phrases and paste them.',
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
  insertFailedCopyByHand: [
    '“{title}”没有插入，也没能放进剪贴板。请选中下面的文字，按 Ctrl+C 自己复制。',
    '“{title}” was neither inserted nor put on the clipboard. Select the text below and press Ctrl+C to copy it yourself.',
  ],
  manualCopyLabel: ['需要手动复制的话术', 'Phrase text to copy by hand'],
  optionsTitle: ['客服侧边栏 · 设置', 'Kefu Sidebar · Options'],
  selectorsHeading: ['页面选择器', 'Page selectors'],
  selectorsIntro: [
    '工作台改版后，侧边栏可能找不到输入框或买家名称。在这里为每个部分填写新的 CSS 选择器；留空则使用内置选择器。',
    'When a console changes, the sidebar may no longer find the chat input or the buyer name. Enter a new CSS selector for a part here; leave it empty to use the built-in one.',
  ],
  selectorsGuess: ['（推测，未在真实页面验证）', '(a guess, not checked on the live page)'],
  selectorPart: ['部分', 'Part'],
  selectorDefault: ['内置选择器', 'Built-in selector'],
  selectorOverride: ['自定义选择器', 'Custom selector'],
  saveSelectors: ['保存{site}的选择器', 'Save {site} selectors'],
  selectorsSaved: ['{site}的选择器已保存，已打开的工作台会立即使用。', '{site} selectors saved; open consoles use them at once.'],
  selectorInvalid: ['“{part}”的选择器不是有效的 CSS：{selector}', 'The “{part}” selector is not valid CSS: {selector}'],
  dataHeading: ['数据备份', 'Backup'],
  dataIntro: [
    '把全部话术、分组和设置导出为一个 JSON 文件，或从这样的文件恢复。导入前会检查整个文件，有任何错误都不会改动现有数据。',
    'Export all phrases, groups and settings as one JSON file, or restore from such a file. The whole file is checked first; if anything is wrong, nothing changes.',
  ],
  exportAll: ['导出全部数据', 'Export all data'],
  importAll: ['导入备份文件', 'Import a backup file'],
  exported: ['已导出：{file}', 'Exported: {file}'],
  imported: ['导入完成，写入 {count} 条记录。', 'Import done: {count} records written.'],
  importFailed: ['导入失败，现有数据没有改动。', 'Import failed; nothing was changed.'],
  restoreStarter: ['恢复初始话术', 'Restore starter phrases'],
  restored: ['已恢复 {count} 条初始话术（你修改过的话术保持不变）。', 'Restored {count} starter phrases (your edits are kept).'],
  part_chatInput: ['聊天输入框', 'Chat input'],
  part_currentBuyerName: ['当前买家名称', 'Current buyer name'],
  part_conversationRow: ['会话列表行', 'Conversation row'],
  part_activeConversation: ['当前会话行', 'Selected conversation row'],
  part_conversationName: ['行内买家名称', 'Buyer name in a row'],
  part_unreadMarker: ['未读标记', 'Unread marker'],
  part_waitingRow: ['等待中的会话', 'Waiting conversation'],
  part_productTitle: ['咨询的商品标题', 'Product being asked about'],
  part_buyerMessage: ['买家消息', 'Buyer message'],
  part_agentMessage: ['客服消息（不含机器人回复）', 'Agent message (not robot replies)'],
  part_orderStatus: ['订单状态', 'Order status'],
} satisfies Record<string, [string, string]>;

type MessageKey = keyof typeof MESSAGES;

type Params = Record<string, string | number>;

/**
 * A translator over one dictionary of `[zh, en]` pairs; each UI area keeps its own dictionary.
 * `{placeholders}` are filled as text (never markup).
 */
export function defineMessages<K extends string>(messages: Record<K, readonly [string, string]>) {
  return (lang: Lang, key: K, params: Params = {}): string => {
    const [zh, en] = messages[key];
    return say(lang, zh, en).replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  };
}

/** `t(lang, 'inserted', { title })`: a sidebar or options sentence in the UI language. */
export const t = defineMessages<MessageKey>(MESSAGES);

/** The name of an adapter part (`chatInput` → 聊天输入框), or the part id when we have none. */
export function partName(lang: Lang, part: string): string {
  const key = `part_${part}`;
  return key in MESSAGES ? t(lang, key as MessageKey) : part;
}
