/**
 * Issue 8: the abnormal-relation checker and the relation import, at 100,000 relations.
 * - classify: every relation's reasons against a 60-account roster (`createClassifier`, the way the
 *   report and the planner go over a set), and the summary by reason and account; goal ≤ 50 ms.
 * - import: a 100,000-row XLSX as the back office exports it (generated here), read and turned into
 *   relations by `readTableFile` (the function the page runs in a Web Worker); goal ≤ 3 s.
 * Medians of several runs after a warm-up.
 */
import { createClassifier, summarizeRelations, type Account, type Relation } from '../../core/relations';
import { writeWorkbook } from '../../core/phrase-files/spreadsheet';
import { readTableFile } from '../../core/table-import';
import { against, median, round, type BenchResult } from './run';

const RELATIONS = 100_000;
const ACCOUNTS = 60;

function roster(): Account[] {
  return Array.from({ length: ACCOUNTS }, (_, i) => ({
    id: `旗舰店:客服${i}`,
    name: `客服${i}`,
    status: i % 17 === 0 ? 'resigned' : i % 23 === 0 ? 'frozen' : 'active',
    dedicated: i % 7 !== 0,
    inRouting: i % 11 !== 0,
    main: i === 0,
  }));
}

/** Bound accounts written the ways a back office does: full id, short name, unknown, none. */
function relations(): Relation[] {
  return Array.from({ length: RELATIONS }, (_, i) => {
    const a = i % (ACCOUNTS + 3);
    const accountId = a === ACCOUNTS ? null : a === ACCOUNTS + 1 ? '旗舰店:已删除' : i % 2 ? `旗舰店:客服${a % ACCOUNTS}` : `客服${a % ACCOUNTS}`;
    return { buyerId: `tb${1_000_000 + i}`, buyerName: `买家${i}`, accountId, boundAt: 1_764_000_000_000 + i * 1000 };
  });
}

function time(fn: () => void, runs: number): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

async function timeAsync(fn: () => Promise<void>, runs: number): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function run(): Promise<BenchResult[]> {
  const accounts = roster();
  const rels = relations();
  let abnormal = 0;
  const classifyMs = time(() => {
    const classifier = createClassifier(accounts);
    abnormal = 0;
    for (const r of rels) if (classifier.classify(r).length > 0) abnormal++;
  }, 15);
  const summaryMs = time(() => void summarizeRelations(rels, accounts), 15);
  if (abnormal === 0 || abnormal === RELATIONS) throw new Error('bench data has no mix of normal and abnormal relations');

  const pad = (n: number) => String(n).padStart(2, '0');
  const rows = rels.map((r) => {
    const d = new Date(r.boundAt!);
    return [r.buyerId, r.buyerName!, r.accountId ?? '', `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`];
  });
  const xlsx = writeWorkbook('全店客户', [['买家ID', '买家昵称', '专属客服', '绑定时间'], ...rows], [16, 12, 18, 18]);
  let read = 0;
  const importMs = await timeAsync(async () => {
    const file = await readTableFile(xlsx.slice().buffer, '全店客户管理.xlsx', { table: 'relations' });
    if (file.errors.length > 0) throw new Error(`import failed: ${file.errors[0]!.message}`);
    read = file.rows.length;
  }, 3);
  if (read !== RELATIONS) throw new Error(`import read ${read} relations`);

  return [
    against({ name: `classify ${RELATIONS.toLocaleString('en')} relations (${ACCOUNTS} accounts)`, unit: 'ms', value: round(classifyMs, 2) }, { name: 'goal', value: 50 }),
    against({ name: `summarise ${RELATIONS.toLocaleString('en')} relations by reason and account`, unit: 'ms', value: round(summaryMs, 2) }, { name: 'goal', value: 50 }),
    against(
      { name: `import ${RELATIONS.toLocaleString('en')}-row XLSX (${round(xlsx.length / 1024 / 1024, 1)} MB): parse + convert`, unit: 'ms', value: round(importMs, 0) },
      { name: 'goal', value: 3000 },
    ),
  ];
}
