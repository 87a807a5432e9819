/**
 * The waiting radar's update for one DOM change batch, as it runs: the content script reads the
 * conversation rows (names, unread badges, wait texts) and the open conversation's unanswered
 * count, then the sidebar folds them into its memory and lists the buyers by urgency. In Chromium,
 * on the Pinduoduo replica grown to 200 conversations (the content script's reader bundled as is
 * and run in the page; one row touched between updates, as a batch would). Goal: ≤ 5 ms an update.
 * For contrast, a naive update: each row's text through `innerText` (layout after every change)
 * and every waiting row looked up again for each row.
 */
import { inReplicaWithBundle } from './replica-bundle';
import { against, median, round, type BenchResult } from './run';
const CONVERSATIONS = 200;
const GOAL_MS = 5;

const ENTRY = `
import { createPageReader } from './entrypoints/console.content/page-reader';
import { CHAT_ADAPTERS } from './sites/registry';
import { observeRadar, radarAt } from './core/customers/radar-board';
import { deadlinesFor, compareUrgency } from './core/customers/radar';
globalThis.__bench = { reader: createPageReader(CHAT_ADAPTERS.pinduoduo, () => ({})), observeRadar, radarAt, deadlinesFor, compareUrgency };`;

// Page functions are strings: the bundler's helpers must not leak into the page.
const FILL = `(count) => {
  const r = window.__replica;
  const groups = ['timeout-unreply', 'five-minute', 'already-unreply'];
  const waits = ['已等待4分钟', '50秒后超时', ''];
  for (let i = r.buyers.length; i < count; i++) {
    const g = i % 3;
    r.buyers.push({ id: String(7400000 + i), name: '买家' + i + '号', group: groups[g], wait: waits[g], unread: i % 2 === 0, note: '10:' + String(i % 60).padStart(2, '0'),
      msgs: [['buyer', '在吗'], ['cs', '在的'], ['buyer', '第' + i + '位买家的问题']] });
  }
  r.addMessage(r.state.currentBuyerId, '还在吗');
  return document.querySelectorAll('li.chat-item > .chat-item-box').length;
}`;

/** Milliseconds an update, from batches (the page's clock is coarse): [ours, naive]. */
const MEASURE = `() => {
  const { reader, observeRadar, radarAt, deadlinesFor, compareUrgency } = globalThis.__bench;
  const rows = [...document.querySelectorAll('li.chat-item > .chat-item-box')];
  let memory = new Map();
  let t = Date.now();
  let k = 0;
  const touch = () => rows[k++ % rows.length].classList.toggle('bench-touch');
  const ours = () => {
    touch();
    const conversations = reader.readConversations();
    const open = reader.readUnansweredCount();
    t += 100;
    memory = observeRadar(memory, conversations, open, t, 'pinduoduo').memory;
    return radarAt(memory, t);
  };
  const naiveFirstSeen = new Map();
  const naive = () => {
    touch();
    const out = [];
    for (const row of document.querySelectorAll('li.chat-item > .chat-item-box')) {
      const name = row.querySelector('.nickname-span').innerText.trim().slice(0, 64);
      const id = row.getAttribute('data-random').split('-')[0];
      const waitingRow = [...document.querySelectorAll('ul.timeout-unreply li.chat-item, ul.five-minute li.chat-item')].find((w) => w.contains(row));
      const waitText = waitingRow ? waitingRow.innerText : '';
      const unread = row.querySelector('.chat-portrait i, .un-watch') !== null;
      const n = row.classList.contains('active') ? reader.readUnansweredCount() : unread || /已等待|后超时/.test(waitText) ? 1 : 0;
      if (!n) continue;
      if (!naiveFirstSeen.has(id)) naiveFirstSeen.set(id, t);
      out.push({ id, name, unanswered: n, ...deadlinesFor(n, naiveFirstSeen.get(id), t) });
    }
    return out.sort(compareUrgency);
  };
  const batch = (fn, n) => { const t0 = performance.now(); for (let i = 0; i < n; i++) fn(); return (performance.now() - t0) / n; };
  const check = ours();
  if (check.length < ${CONVERSATIONS} / 2) throw new Error('unexpected radar: ' + check.length + ' waiting');
  batch(ours, 20); batch(naive, 2);
  const a = [], b = [];
  for (let i = 0; i < 30; i++) a.push(batch(ours, 20));
  for (let i = 0; i < 10; i++) b.push(batch(naive, 3)); // slow: fewer runs
  return [a, b, check.length];
}`;

export async function run(): Promise<BenchResult[]> {
  const [ours, naive] = await inReplicaWithBundle(
    'pinduoduo',
    ENTRY,
    async (page) => {
      const rows = (await page.evaluate(`(${FILL})(${CONVERSATIONS})`)) as number;
      if (rows !== CONVERSATIONS) throw new Error(`radar bench: ${rows} rows on the replica, expected ${CONVERSATIONS}`);
    },
    (page) => page.evaluate(`(${MEASURE})()`) as Promise<[number[], number[], number]>,
  );
  const name = `radar: one update, ${CONVERSATIONS} conversations (read rows + levels, median)`;
  const value = round(median(ours), 3);
  return [
    against({ name, unit: 'ms', value }, { name: `goal ≤ ${GOAL_MS} ms`, value: GOAL_MS }),
    against({ name, unit: 'ms', value }, { name: 'innerText and a waiting-row lookup per row (naive)', value: round(median(naive), 3) }),
  ];
}
