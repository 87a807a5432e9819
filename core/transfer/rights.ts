import type { Account, Roster } from '../relations';

/** A sentence in both languages; pages pick one. */
export interface Words {
  zh: string;
  en: string;
}

/**
 * What a dedicated CS account does with a right (DOMAIN §4, least privilege):
 * `needed` for the role, `optional` harmless to keep, `extra` to remove before a transfer.
 */
export type RightNeed = 'needed' | 'optional' | 'extra';

export interface RightTerm {
  id: string;
  name: Words;
  need: RightNeed;
  /** How back offices and owners write it (matched inside the right's text, case and spaces ignored). */
  synonyms: readonly string[];
}

/**
 * The rights vocabulary. Order matters: the first term whose synonym a right's text contains wins,
 * so the narrow, risky terms come before the broad ones ("订单改价" is a price change, not orders).
 */
export const RIGHTS: readonly RightTerm[] = [
  {
    id: 'product-edit',
    name: { zh: '商品编辑（价格、库存、描述）', en: 'Product editing (price, stock, description)' },
    need: 'extra',
    synonyms: ['商品编辑', '编辑商品', '商品管理', '发布商品', '改价', '修改价格', '价格', '库存', '商品描述', '上下架', 'product', 'price', 'stock', 'inventory', 'listing'],
  },
  {
    id: 'shop-data',
    name: { zh: '店铺数据（销售、行为分析）', en: 'Shop data (sales, behaviour analysis)' },
    need: 'extra',
    synonyms: ['店铺数据', '销售数据', '经营数据', '生意参谋', '数据分析', '行为分析', '报表', 'shop data', 'sales data', 'analytics', 'report'],
  },
  {
    id: 'finance',
    name: { zh: '资金与交易（账单、提现、交易数据）', en: 'Money and transactions (bills, withdrawals, transaction data)' },
    need: 'extra',
    synonyms: ['财务', '资金', '账单', '提现', '结算', '交易数据', '交易管理', '支付宝', 'finance', 'billing', 'withdraw', 'payout', 'transaction'],
  },
  {
    id: 'staff-admin',
    name: { zh: '员工与权限管理', en: 'Staff and rights management' },
    need: 'extra',
    synonyms: ['员工管理', '子账号管理', '权限设置', '权限管理', '岗位', '添加员工', 'staff', 'sub-account', 'permission', 'role'],
  },
  {
    id: 'marketing',
    name: { zh: '营销与店铺装修', en: 'Marketing and shop decoration' },
    need: 'extra',
    synonyms: ['营销', '优惠券', '促销', '活动设置', '店铺装修', '装修', 'marketing', 'coupon', 'promotion', 'decoration'],
  },
  {
    id: 'after-sale',
    name: { zh: '售后（退换货、退款）', en: 'After-sale (returns, exchanges, refunds)' },
    need: 'needed',
    synonyms: ['售后', '退换货', '退货', '换货', '退款', '维权', 'after-sale', 'aftersale', 'refund', 'return', 'exchange'],
  },
  {
    id: 'logistics',
    name: { zh: '物流', en: 'Logistics' },
    need: 'needed',
    synonyms: ['物流', '发货', '快递', 'logistics', 'shipping', 'delivery'],
  },
  {
    id: 'orders',
    name: { zh: '订单查看', en: 'Viewing orders' },
    need: 'needed',
    synonyms: ['订单', 'order'],
  },
  {
    id: 'reviews',
    name: { zh: '评价回复', en: 'Replying to reviews' },
    need: 'optional',
    synonyms: ['评价', 'review'],
  },
  {
    id: 'messages',
    name: { zh: '消息（查看、回复、咨询）', en: 'Messages (view, reply, inquiries)' },
    need: 'needed',
    synonyms: ['消息', '聊天', '旺旺', '咨询', '接待', '客服', 'message', 'chat', 'inquir', 'reply'],
  },
];

/** Rights a dedicated CS account cannot do its job without. */
export const NEEDED_RIGHTS: readonly string[] = RIGHTS.filter((r) => r.need === 'needed').map((r) => r.id);

function fold(text: string): string {
  return text.toLowerCase().replace(/[\s_·•\-—/|,，、:：()（）[\]【】]+/g, '');
}
const FOLDED = RIGHTS.map((term) => ({ term, synonyms: term.synonyms.map(fold) }));

/** The vocabulary term a right's text names, or undefined when we do not recognise it. */
export function rightTerm(text: string): RightTerm | undefined {
  const folded = fold(text);
  if (!folded) return undefined;
  return FOLDED.find(({ synonyms }) => synonyms.some((s) => folded.includes(s)))?.term;
}

export interface RightFinding {
  /** The right as the roster writes it. */
  right: string;
  term: RightTerm;
}

export type AuditAdviceCode = 'remove-extra-rights' | 'grant-needed-rights' | 'check-unknown-rights' | 'rights-unknown' | 'set-sending-limits' | 'account-inactive';

export interface AccountAudit {
  accountId: string;
  name: string;
  /** Rights beyond what the role needs: remove them before the transfer. */
  extra: RightFinding[];
  /** Needed rights the account lacks (only when its rights are known). */
  missing: RightTerm[];
  /** Rights we do not recognise: the owner decides. */
  unknown: string[];
  /** False when the roster does not list the account's rights (scan or enter the staff table). */
  rightsKnown: boolean;
  /** What to change, most important first; the texts are `AUDIT_ADVICE`. */
  advice: AuditAdviceCode[];
}

/** Advice texts, with where in the back office to do it. */
export const AUDIT_ADVICE: Readonly<Record<AuditAdviceCode, Words>> = {
  'remove-extra-rights': {
    zh: '在 设置 → 员工管理 中取消这些多余权限，专属客服只保留消息、订单、售后和物流。',
    en: 'In Settings → Staff, take these rights away: a dedicated CS account keeps messages, orders, after-sale and logistics only.',
  },
  'grant-needed-rights': {
    zh: '缺少接待所需的权限，转移来的买家可能得不到处理，请在 设置 → 员工管理 中补上。',
    en: 'It lacks rights the role needs, so transferred buyers may go unserved; add them in Settings → Staff.',
  },
  'check-unknown-rights': {
    zh: '有几项权限无法识别，请逐项确认是否为客服工作所必需。',
    en: 'Some rights were not recognised: check each one is really needed for customer service.',
  },
  'rights-unknown': {
    zh: '名册里没有这个账号的权限，请读取员工表或手动补录后再检查。',
    en: 'The roster lists no rights for this account: read the staff table or enter them, then check again.',
  },
  'set-sending-limits': {
    zh: '转移前在 客户邀请设置 → 发送限制 中设好邀请和发送上限。',
    en: 'Before transferring, set invitation and sending limits under Customer invitation settings → Sending limits.',
  },
  'account-inactive': {
    zh: '这个账号不是在职状态，不能作为转移目标。',
    en: 'This account is not active and cannot receive transferred relations.',
  },
};

/**
 * For each dedicated sub-account (the main account excluded): rights beyond the role, needed
 * rights missing, unrecognised rights, and what to change (DOMAIN §4). Roster order.
 */
export function auditPermissions(roster: Roster): AccountAudit[] {
  const seen = new Set<string>();
  const audits: AccountAudit[] = [];
  for (const account of roster) {
    if (seen.has(account.id) || !account.dedicated || account.main) continue;
    seen.add(account.id);
    audits.push(auditAccount(account));
  }
  return audits;
}

function auditAccount(account: Account): AccountAudit {
  const rightsKnown = account.rights !== undefined;
  const extra: RightFinding[] = [];
  const unknown: string[] = [];
  const has = new Set<string>();
  for (const right of account.rights ?? []) {
    const term = rightTerm(right);
    if (!term) {
      if (right.trim()) unknown.push(right);
      continue;
    }
    has.add(term.id);
    if (term.need === 'extra') extra.push({ right, term });
  }
  const missing = rightsKnown ? RIGHTS.filter((t) => t.need === 'needed' && !has.has(t.id)) : [];
  const advice: AuditAdviceCode[] = [];
  if (account.status !== 'active') advice.push('account-inactive');
  if (!rightsKnown) advice.push('rights-unknown');
  if (extra.length > 0) advice.push('remove-extra-rights');
  if (missing.length > 0) advice.push('grant-needed-rights');
  if (unknown.length > 0) advice.push('check-unknown-rights');
  // The roster cannot tell whether limits are set: always part of the setup.
  advice.push('set-sending-limits');
  return { accountId: account.id, name: account.name, extra, missing, unknown, rightsKnown, advice };
}

export interface ChecklistItem {
  id: 'remove-extra-rights' | 'set-sending-limits' | 'targets-valid' | 'batches' | 'outbound-paused' | 'recheck-next-day';
  title: Words;
  /** Where in the back office, when it is done there. */
  where?: Words;
  detail: Words;
}

/** What to do before (and right after) a transfer, in order. */
export const PRE_TRANSFER_CHECKLIST: readonly ChecklistItem[] = [
  {
    id: 'remove-extra-rights',
    title: { zh: '收回专属客服的多余权限', en: 'Take extra rights away from the dedicated accounts' },
    where: { zh: '设置 → 员工管理', en: 'Settings → Staff' },
    detail: {
      zh: '专属客服只需要消息、订单、售后和物流；改价改库存、店铺数据、资金等权限应取消，保护买家和店铺数据。',
      en: 'Dedicated CS needs messages, orders, after-sale and logistics; remove price and stock editing, shop data and money rights to protect buyer and shop data.',
    },
  },
  {
    id: 'set-sending-limits',
    title: { zh: '设置邀请和发送上限', en: 'Set invitation and sending limits' },
    where: { zh: '客户邀请设置 → 发送限制', en: 'Customer invitation settings → Sending limits' },
    detail: {
      zh: '先给每个专属客服设好上限，再开始转移。',
      en: 'Give every dedicated account its limits before the transfer starts.',
    },
  },
  {
    id: 'targets-valid',
    title: { zh: '确认目标账号有效', en: 'Check the target accounts are valid' },
    detail: {
      zh: '目标必须在职、是专属客服、已进分流，且不是主账号；否则转过去的关系仍然异常。',
      en: 'Targets must be active, dedicated, in routing and not the main account, or the moved relations stay abnormal.',
    },
  },
  {
    id: 'batches',
    title: { zh: '按批次提交', en: 'Submit batch by batch' },
    detail: {
      zh: '每批不超过 300 个关系；大批量可能要跨天完成，72 小时未完成会自动超时。',
      en: 'At most 300 relations per batch; a large transfer can take days and times out by itself after 72 hours.',
    },
  },
  {
    id: 'outbound-paused',
    title: { zh: '转移中的买家暂时收不到批量消息', en: 'Buyers in transfer miss batch messages for now' },
    detail: {
      zh: '状态为“转移中”的关系不能被批量下行触达，变为“已转移”后当天即可触达。',
      en: 'Relations shown as in transfer cannot receive batch outbound messages; once transferred they can, the same day.',
    },
  },
  {
    id: 'recheck-next-day',
    title: { zh: '完成 24 小时后复查', en: 'Check again 24 hours after completion' },
    detail: {
      zh: '后台数据 T+1 更新：完成一天后重新读取关系表，核对异常数。',
      en: 'Back-office counts update the next day: read the relation table again a day after completion and compare.',
    },
  },
];
