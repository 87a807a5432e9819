/**
 * The sidebar frame hears what the buyer in the open conversation is waiting on: the buyer messages
 * no agent message follows yet, and the order status the console shows. On every replica: the
 * agent switches buyers (a real click), the buyer writes, the agent answers.
 */
import { describe, expect, it } from 'vitest';
import { REPLICA_SITES, type ExtensionHandle, type ReplicaSite } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { ConsolePage } from './pages/console-page';
import { latestPageText, recordFramePageStates, type PageText } from './pages/frame-page-states';

const poll = { timeout: 10_000, interval: 50 };

/** Per replica: what its first conversation shows, and the buyer whose latest message is 包邮吗. */
const FACTS: Record<ReplicaSite, { first: PageText; baoyou: { id: string; waiting: string[] }; other: string }> = {
  // The robot's auto-reply between the two buyer messages is no answer.
  pinduoduo: { first: { buyerMessages: ['你好，这个杯子什么时候发货？'], orderStatus: '待发货' }, baoyou: { id: '7301006', waiting: ['好评返现怎么弄', '包邮吗'] }, other: '7301005' },
  doudian: { first: { buyerMessages: ['这个衣服有L码吗？'], orderStatus: '待发货' }, baoyou: { id: '1845220016', waiting: ['包邮吗'] }, other: '1845220015' },
  // A system line (客服 小京 已接入) is no answer either.
  jd: { first: { buyerMessages: ['这个充电宝能带上飞机吗？'], orderStatus: '等待出库' }, baoyou: { id: 'wang_xiaoer', waiting: ['保修多久？', '包邮吗'] }, other: 'lucy2020' },
  qianniu: { first: { buyerMessages: ['亲，这款连衣裙有现货吗？'], orderStatus: '待发货' }, baoyou: { id: '2208765002', waiting: ['包邮吗'] }, other: '2208765004' },
};

describe.each(REPLICA_SITES)('buyer messages and order status on %s', (site) => {
  let ext: ExtensionHandle;
  useExtension(async (launched) => {
    ext = launched;
    await recordFramePageStates(ext.context);
  });

  it('follow the open conversation as the agent switches, the buyer writes and the agent answers', async () => {
    const facts = FACTS[site];
    const c = new ConsolePage(await ext.openConsole(site), site);
    await c.waitForSidebar();
    const heard = () => latestPageText(c.page);
    const addMessage = (buyerId: string, text: string, from?: 'agent') =>
      c.page.evaluate(([id, t, f]) => window.__replica!.addMessage(id!, t!, f), [buyerId, text, from] as const);

    await expect.poll(heard, poll).toEqual(facts.first);
    const lastMessage = await c.page.evaluate((id) => window.__replica!.buyers.find((b) => b.id === id)?.msgs?.at(-1), facts.baoyou.id);
    expect(lastMessage).toEqual(['buyer', '包邮吗']);

    await c.clickBuyer(facts.baoyou.id);
    await expect.poll(heard, poll).toEqual({ buyerMessages: facts.baoyou.waiting, orderStatus: null });

    // Another buyer writing changes nothing here; the open buyer writing does.
    await addMessage(facts.other, '还在吗');
    await addMessage(facts.baoyou.id, '几天能到？');
    await expect.poll(heard, poll).toEqual({ buyerMessages: [...facts.baoyou.waiting, '几天能到？'], orderStatus: null });

    // The agent answers in the console's own chat input (typed, Enter sends).
    await c.chatInput.click();
    await c.page.keyboard.type('包邮的亲，一般两三天到');
    await c.page.keyboard.press('Enter');
    await expect.poll(() => c.sent().then((s) => s.map((m) => m.text)), poll).toEqual(['包邮的亲，一般两三天到']);
    await expect.poll(heard, poll).toEqual({ buyerMessages: [], orderStatus: null });

    await addMessage(facts.baoyou.id, '好的，那我拍了');
    await expect.poll(heard, poll).toEqual({ buyerMessages: ['好的，那我拍了'], orderStatus: null });
    // An answer from elsewhere (another device, a colleague) counts as well.
    await addMessage(facts.baoyou.id, '已经拍了，记得发货', 'agent');
    await expect.poll(heard, poll).toEqual({ buyerMessages: [], orderStatus: null });

    await c.clickBuyer((await c.buyers())[0]!.id);
    await expect.poll(heard, poll).toEqual(facts.first);
    expect(ext.pageErrors).toEqual([]);
    await c.page.close();
  });
});
