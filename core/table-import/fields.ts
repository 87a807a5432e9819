import type { Lang } from '../i18n';
import { say } from '../i18n';

/** The back-office tables an owner brings: relations (专属客服关系) and staff (子账号). */
export type TableKind = 'relations' | 'staff';
export const TABLE_KINDS = ['relations', 'staff'] as const satisfies readonly TableKind[];

/**
 * The fields of each table, as `ScannedRow` (components/sidebar/host.ts) keys them too: the in-page
 * scan and a file give the same cells by field, and the same converters turn them into data.
 */
export const TABLE_FIELDS = {
  relations: ['buyerId', 'buyerName', 'account', 'boundAt'],
  staff: ['id', 'name', 'status', 'dedicated', 'inRouting', 'main', 'rights'],
} as const satisfies Record<TableKind, readonly string[]>;
export type RelationField = (typeof TABLE_FIELDS.relations)[number];
export type StaffField = (typeof TABLE_FIELDS.staff)[number];
export type TableField = RelationField | StaffField;
export type FieldOf<K extends TableKind> = (typeof TABLE_FIELDS)[K][number];

/**
 * Columns a table must have. Staff: `id` may come from a name column alone (the back office often
 * shows only `店铺:小王`); the flags have no safe default (a guessed "no" would raise false alarms,
 * a guessed "yes" would hide real ones), so their columns are required.
 */
export const REQUIRED_FIELDS: { [K in TableKind]: readonly FieldOf<K>[] } = {
  relations: ['buyerId', 'account'],
  staff: ['id', 'status', 'dedicated', 'inRouting'],
};

/**
 * Header texts per field, compared after `normalizeHeader` (NFKC, no spaces, lower case). A column
 * takes the field of its `primary` name first; `secondary` names are used only for columns left
 * over, so `买家ID` + `买家昵称` give the id and the name, while `买家昵称` alone gives the id. Within
 * `primary`, earlier names win: of two columns naming one field, the better-named takes it.
 */
export const HEADER_SYNONYMS: { [K in TableKind]: Record<FieldOf<K>, { primary: readonly string[]; secondary?: readonly string[] }> } = {
  relations: {
    buyerId: {
      // In order of preference: an id column beats a nickname column (which then gives the name).
      primary: ['买家ID', '买家账号', '客户ID', '客户账号', 'buyer id', 'customer id', '买家', '客户', 'buyer', 'customer', '买家旺旺', '旺旺', '旺旺号', '买家会员名', '会员名', '买家昵称', '客户昵称', 'buyer nick'],
    },
    buyerName: {
      primary: ['买家姓名', '买家名称', '客户名称', '客户姓名', 'buyer name', 'customer name'],
      secondary: ['买家昵称', '客户昵称', '昵称', '会员名', 'nick', 'buyer nick', 'name'],
    },
    account: {
      primary: ['专属客服', '绑定客服', '子账号', '专属客服账号', '专属客服子账号', '绑定子账号', '绑定账号', '客服', '客服账号', 'dedicated cs', 'account', 'bound account', 'sub-account', 'subaccount', 'agent', 'cs'],
    },
    boundAt: {
      primary: ['绑定时间', '关系绑定时间', '建立时间', '关系建立时间', '绑定日期', 'bound at', 'bound time', 'bind time', 'binding time'],
      secondary: ['创建时间', '时间', '日期', 'created', 'time', 'date'],
    },
  },
  staff: {
    id: { primary: ['子账号', '子账号名称', '子账号名', '账号', '账号名', '客服账号', '员工账号', '登录名', '用户名', 'sub-account', 'subaccount', 'account', 'id', 'login', 'username'] },
    name: { primary: ['姓名', '名称', '昵称', '员工姓名', '客服名称', '客服昵称', '员工', '显示名', 'name', 'nickname', 'display name'] },
    status: { primary: ['状态', '账号状态', '在职状态', '员工状态', '子账号状态', 'status', 'state'] },
    dedicated: { primary: ['是否专属客服', '专属客服', '专属', '是否为专属客服', 'dedicated', 'dedicated cs', 'is dedicated'] },
    inRouting: { primary: ['是否进分流', '进分流', '分流', '参与分流', '是否分流', '是否参与分流', 'routing', 'in routing'] },
    main: { primary: ['主账号', '是否主账号', '是否为主账号', 'main', 'main account', 'is main'] },
    rights: { primary: ['权限', '角色权限', '员工权限', '拥有权限', '角色', 'rights', 'permissions', 'role'] },
  },
};

/**
 * A field's name, the one every message and screen uses (the import preview, the mapping, problems
 * of the file and of the in-page scan); header texts found in the file name the fields instead when
 * there are some.
 */
export function fieldLabel(field: TableField, lang: Lang): string {
  const [zh, en] = FIELD_LABELS[field];
  return say(lang, zh, en);
}

const FIELD_LABELS: Record<TableField, readonly [string, string]> = {
  buyerId: ['买家ID', 'Buyer ID'],
  buyerName: ['买家昵称', 'Buyer nickname'],
  account: ['专属客服', 'Dedicated CS'],
  boundAt: ['绑定时间', 'Bound at'],
  id: ['子账号', 'Sub-account'],
  name: ['姓名', 'Name'],
  status: ['状态', 'Status'],
  dedicated: ['是否专属客服', 'Dedicated CS?'],
  inRouting: ['是否进分流', 'In routing?'],
  main: ['主账号', 'Main account'],
  rights: ['权限', 'Rights'],
};
