/**
 * Reading the open conversation's unanswered buyer messages and order status, as page-watch does
 * once per animation frame after the page changes: in Chromium, on the Pinduoduo replica with a long
 * conversation (2,000 messages; the buyer's last one 10,000 characters). The content script's reader
 * is bundled as is and run in the page. Goal: well inside a frame (≤ 0.5 ms a read). For contrast, the
 * cost of the naive way (the text of every message, then regexes over whole texts).
 */
import { inReplicaWithBundle } from './replica-bundle';
import { against, median, round, type BenchResult } from './run';
const MESSAGES = 2_000;
const GOAL_MS = 0.5;

const ENTRY = `
import { createPageReader } from './entrypoints/console.content/page-reader';
import { CHAT_ADAPTERS } from './sites/registry';
globalThis.__benchReader = createPageReader(CHAT_ADAPTERS.pinduoduo, () => ({}));`;

// Page functions are strings: the bundler's helpers must not leak into the page.
const FILL = `(count) => {
  const r = window.__replica;
  const id = r.state.currentBuyerId;
  const msgs = r.buyers.find((b) => b.id === id).msgs;
  for (let i = 0; i < count - 3; i++) msgs.push([i % 2 ? 'cs' : 'buyer', '第' + i + '条消息，问一下发货和包邮的事情']);
  msgs.push(['robot', '您好，我是店铺智能助手']);
  msgs.push(['buyer', '包邮吗']);
  r.addMessage(id, '长'.repeat(10000));
}`;

/** Milliseconds a read, from batches (the page's clock is coarse): [reader, naive]. */
const MEASURE = `() => {
  const reader = globalThis.__benchReader;
  const naive = () => {
    const texts = [...document.querySelectorAll('#msgListContainer li.onemsg p.msg-content-box')].map((p) => p.textContent.replace(/\\s+/g, ' ').trim());
    return texts.slice(-5);
  };
  const batch = (fn) => { const t0 = performance.now(); for (let i = 0; i < 50; i++) fn(); return (performance.now() - t0) / 50; };
  const read = () => { reader.readBuyerMessages(); reader.readOrderStatus(); };
  const check = reader.readBuyerMessages();
  if (check.length !== 3 || check[2].length !== 500) throw new Error('unexpected read: ' + JSON.stringify(check).slice(0, 200));
  batch(read); batch(naive);
  const ours = [], theirs = [];
  for (let i = 0; i < 60; i++) { ours.push(batch(read)); theirs.push(batch(naive)); }
  return [ours, theirs];
}`;

export async function run(): Promise<BenchResult[]> {
  const [ours, naive] = await inReplicaWithBundle(
    'pinduoduo',
    ENTRY,
    async (page) => {
      await page.evaluate(`(${FILL})(${MESSAGES})`);
    },
    (page) => page.evaluate(`(${MEASURE})()`) as Promise<[number[], number[]]>,
  );
  const name = `page messages: one read, ${MESSAGES} messages, last 10,000 chars`;
  return [
    against({ name: `${name} (median)`, unit: 'ms', value: round(median(ours), 3) }, { name: `goal ≤ ${GOAL_MS} ms`, value: GOAL_MS }),
    against(
      { name: `${name} (median)`, unit: 'ms', value: round(median(ours), 3) },
      { name: 'every message’s whole text (naive)', value: round(median(naive), 3) },
    ),
  ];
}
