import type { TablePage, TablePart } from '../types';

/**
 * Qianniu's web back office (myseller.taobao.com) draws its tables with Alibaba Fusion (`.next-*`).
 * The real markup and routes were not seen: every selector and URL here is our guess, matched by
 * the replica (test/replicas/qianniu-backoffice/); the owner fixes them with the element picker.
 */
const FUSION_TABLE: Record<TablePart, string> = {
  headerCell: '.next-table-header th',
  row: '.next-table-body tr.next-table-row',
  cell: 'td',
  nextPage: '.next-pagination .next-next',
  pageItem: '.next-pagination-list .next-pagination-item',
  currentPage: '.next-pagination-list .next-current',
};

/** 专属客服设置 → 全店客户管理: every buyer bound to a dedicated CS sub-account. */
export const relations = {
  kind: 'relations',
  matches: ['https://myseller.taobao.com/home.htm/ExclusiveService/CustomerManage*'],
  confidence: 'guess',
  selectors: FUSION_TABLE,
  // Page 1 of the replica's 57 relations, 20 a page.
  expected: { headerCell: 6, row: 20, cell: 120, nextPage: 1, pageItem: 3, currentPage: 1 },
  columns: {
    buyerId: ['买家ID', '买家id', 'Buyer ID'],
    buyerName: ['买家昵称', '买家', 'Buyer nickname', 'Buyer'],
    account: ['专属客服', '绑定客服', 'Dedicated CS', 'Bound account'],
    boundAt: ['绑定时间', 'Bound at', 'Bound on'],
    state: ['关系状态', '状态', 'Status'],
  },
  required: ['buyerId', 'account'],
  key: 'buyerId',
} satisfies TablePage<'relations'>;

/** 设置 → 员工管理 (子账号): the shop's sub-accounts with status, dedicated-CS and routing flags, rights. */
export const staff = {
  kind: 'staff',
  matches: ['https://myseller.taobao.com/home.htm/SubAccount/*'],
  confidence: 'guess',
  selectors: FUSION_TABLE,
  // Page 1 of the replica's 14 sub-accounts, 10 a page.
  expected: { headerCell: 7, row: 10, cell: 70, nextPage: 1, pageItem: 2, currentPage: 1 },
  columns: {
    id: ['子账号', '账号', 'Sub-account', 'Account'],
    name: ['姓名', '员工姓名', 'Name'],
    status: ['状态', '账号状态', 'Status'],
    dedicated: ['专属客服', 'Dedicated CS'],
    inRouting: ['分流', '进入分流', 'In routing', 'Routing'],
    main: ['主账号', 'Main account'],
    rights: ['权限', 'Rights', 'Permissions'],
  },
  required: ['id', 'status'],
  key: 'id',
} satisfies TablePage<'staff'>;
