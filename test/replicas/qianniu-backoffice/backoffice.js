// Replica of Qianniu's back office tables (see index.html's header comment). Plain DOM, no inline code.
const SHOP = 'kefu旗舰店';
const HOSTILE = '<img src=x onerror=alert(1)>';
const params = new URLSearchParams(location.search);
const variant = params.get('variant') ?? '';
/** How long a page's "data request" takes before its rows are drawn again. */
const LOAD_MS = 250;

// ── data: 14 sub-accounts, every abnormal case of DOMAIN §3 among them ──
const sub = (name) => `${SHOP}:${name}`;
const staff = [
  { id: SHOP, name: '店主', status: '在职', dedicated: '否', inRouting: '是', main: '是', rights: '全部权限' },
  { id: sub('小美'), name: '小美', status: '在职', dedicated: '是', inRouting: '是', main: '否', rights: '消息;评价' },
  { id: sub('老王'), name: '老王', status: '离职', dedicated: '是', inRouting: '是', main: '否', rights: '消息' },
  { id: sub('小丽'), name: '小丽', status: '在职', dedicated: '是', inRouting: '是', main: '否', rights: '消息;订单' },
  { id: sub('小张'), name: '小张', status: '停用', dedicated: '是', inRouting: '是', main: '否', rights: '消息' },
  { id: sub('小李'), name: '小李', status: '冻结', dedicated: '是', inRouting: '是', main: '否', rights: '消息' },
  { id: sub('阿强'), name: '阿强', status: '在职', dedicated: '是', inRouting: '是', main: '否', rights: '消息;商品;店铺数据' },
  { id: sub('小赵'), name: '小赵', status: '在职', dedicated: '否', inRouting: '是', main: '否', rights: '消息;订单' },
  { id: sub('小钱'), name: '小钱', status: '在职', dedicated: '是', inRouting: '否', main: '否', rights: '消息' },
  { id: sub('小孙'), name: '小孙', status: '离职', dedicated: '否', inRouting: '否', main: '否', rights: '消息' },
  { id: sub('小周'), name: '小周', status: '在职', dedicated: '是', inRouting: '是', main: '否', rights: '消息' },
  { id: sub('小吴'), name: '小吴', status: '在职', dedicated: '是', inRouting: '是', main: '否', rights: '消息' },
  { id: sub('小郑'), name: '小郑', status: '在职', dedicated: '是', inRouting: '是', main: '否', rights: '消息' },
  { id: sub('小冯'), name: HOSTILE, status: '在职', dedicated: '是', inRouting: '是', main: '否', rights: HOSTILE },
];

// ── 57 relations: page 1 holds one of each abnormal case (odd rows), the rest mostly normal ──
const VALID = ['小美', '小丽', '阿强', '小周', '小吴', '小郑', '小冯'].map(sub);
const ABNORMAL = [sub('老王'), sub('小张'), sub('小李'), sub('小赵'), sub('小钱'), sub('小孙'), SHOP, '', sub('已删除')];
const NICKS = ['晴天小猪', 'momo_2023', '西瓜太郎', '爱吃鱼的猫', 'tb_88231', '小确幸', '风一样的我', 'Lily_W', '甜甜圈', '夏天的风'];
const relations = Array.from({ length: 57 }, (_, i) => {
  let account;
  if (i < 18) account = i % 2 === 1 ? ABNORMAL[(i - 1) / 2] : VALID[(i / 2) % VALID.length];
  else account = i % 5 === 0 ? ABNORMAL[(i / 5) % ABNORMAL.length] : VALID[i % VALID.length];
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    buyerId: `tb${2000000001 + i * 7919}`,
    buyerName: i === 7 ? HOSTILE : `${NICKS[i % NICKS.length]}${i + 1}`,
    account,
    boundAt: `2026-11-${day} ${String(9 + (i % 10)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`,
    state: i % 13 === 12 ? '转移中' : '已绑定',
  };
});

// bad-cells: four rows of page 2 (rows 2, 4, 6 and 8 there) have a cell the scan can't take: a
// hostile string and a word where the date goes, an overlong account id, a row of two cells only.
if (variant === 'bad-cells') {
  relations[21].boundAt = HOSTILE;
  relations[23].boundAt = '下周三下午';
  relations[25].account = sub('x'.repeat(300));
  relations[27].cells = 2;
}

const VIEWS = {
  relations: {
    title: '全店客户管理',
    summary: (n) => `已绑定专属客服的客户共 ${n} 人`,
    rows: relations,
    pageSize: 20,
    columns: [['买家昵称', 'buyerName'], ['买家ID', 'buyerId'], ['专属客服', 'account'], ['绑定时间', 'boundAt'], ['关系状态', 'state'], ['操作', null]],
  },
  staff: {
    title: '员工管理',
    summary: (n) => `子账号共 ${n} 个`,
    rows: staff,
    pageSize: 10,
    columns: [['子账号', 'id'], ['姓名', 'name'], ['状态', 'status'], ['专属客服', 'dedicated'], ['分流', 'inRouting'], ['主账号', 'main'], ['权限', 'rights']],
  },
  transfer: { title: '关系转移管理', summary: () => '暂无转移任务', rows: [], pageSize: 20, columns: [['任务', null], ['状态', null]] },
};

function viewOf(pathname) {
  if (pathname.startsWith('/home.htm/SubAccount/')) return 'staff';
  if (pathname.startsWith('/home.htm/ExclusiveService/TransferManage')) return 'transfer';
  return 'relations';
}

const $ = (sel) => document.querySelector(sel);
const el = (tag, cls, text) => {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
};

const hook = { site: 'qianniu-backoffice', variant, view: viewOf(location.pathname), page: 1, relations, staff, goTo };
window.__replica = hook;
let loadTimer = 0;

const pagesOf = (view) => Math.max(1, Math.ceil(VIEWS[view].rows.length / VIEWS[view].pageSize));

function drawRows() {
  const view = VIEWS[hook.view];
  const body = $('.next-table-body');
  const start = (hook.page - 1) * view.pageSize;
  const rows = view.rows.slice(start, start + view.pageSize).map((data) => {
    const tr = el('tr', variant === 'renamed-table' ? 'ant-table-row' : 'next-table-row');
    tr.dataset.rowKey = data.buyerId ?? data.id;
    for (const [, field] of view.columns.slice(0, data.cells ?? view.columns.length)) {
      const td = el('td', 'next-table-cell');
      if (field) td.textContent = data[field] || '—';
      else td.append(el('a', 'qn-op', '转移'));
      tr.append(td);
    }
    return tr;
  });
  body.replaceChildren(...rows);
}

function drawPager() {
  const pages = pagesOf(hook.view);
  $('.next-pagination-total').textContent = `共 ${VIEWS[hook.view].rows.length} 条`;
  const items = Array.from({ length: pages }, (_, i) => {
    const b = el('button', `next-btn next-pagination-item${i + 1 === hook.page ? ' next-current' : ''}`, String(i + 1));
    b.type = 'button';
    b.dataset.page = String(i + 1);
    return b;
  });
  $('.next-pagination-list').replaceChildren(...items);
  $('.next-prev').disabled = hook.page <= 1;
  $('.next-next').disabled = hook.page >= pages;
}

function drawView() {
  const view = VIEWS[hook.view];
  document.title = `${view.title} - 千牛商家工作台`;
  $('.qn-title').textContent = view.title;
  $('.qn-summary').textContent = view.summary(view.rows.length);
  const head = $('.next-table-header tr');
  head.replaceChildren(...view.columns.map(([label]) => el('th', 'next-table-header-node', label)));
  for (const link of document.querySelectorAll('.qn-nav-link')) link.classList.toggle('is-active', link.dataset.view === hook.view);
  drawRows();
  drawPager();
}

/** Turns to a page the way a data request would: loading first, the new rows a moment later. */
function goTo(page) {
  const pages = pagesOf(hook.view);
  if (page < 1 || page > pages || page === hook.page) return;
  clearTimeout(loadTimer);
  $('.next-table').classList.add('next-loading');
  loadTimer = setTimeout(() => {
    hook.page = page;
    $('.next-table').classList.remove('next-loading');
    drawRows();
    drawPager();
  }, LOAD_MS);
}

document.addEventListener('click', (e) => {
  const target = e.target instanceof Element ? e.target : null;
  const link = target?.closest('.qn-nav-link');
  if (link) {
    e.preventDefault();
    history.pushState(null, '', link.getAttribute('href') + location.search);
    show();
    return;
  }
  // stuck-pager: the pager looks alive but its requests never come back.
  if (variant === 'stuck-pager') return;
  const item = target?.closest('.next-pagination-item');
  if (item) return goTo(Number(item.dataset.page));
  if (target?.closest('.next-next')) return goTo(hook.page + 1);
  if (target?.closest('.next-prev')) return goTo(hook.page - 1);
});

function show() {
  clearTimeout(loadTimer);
  $('.next-table').classList.remove('next-loading');
  hook.view = viewOf(location.pathname);
  hook.page = 1;
  drawView();
}
window.addEventListener('popstate', show);
show();
