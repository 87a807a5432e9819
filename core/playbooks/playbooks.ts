/**
 * The five guided playbooks for the hard cases of DOMAIN §1 (售中 / 售后), written by us. Each
 * step proposes phrases of the starter library by key; `playbooks.test.ts` checks that every key
 * and title exists there and that every way through a playbook ends.
 */
import type { Choice, Playbook, PhraseRef } from './model';

const ref = (key: string, title: string): PhraseRef => ({ key, title });

/** The same question wherever an answer depends on whether the parcel left. */
const shippedQuestion = (id: string, notShipped: string, shipped: string) => ({
  id,
  kind: 'question' as const,
  title: { zh: '订单发货了吗？', en: 'Has the order shipped?' },
  hint: { zh: '以订单详情为准；侧边栏会按页面显示的订单状态预先选好。', en: 'Check the order details; the sidebar preselects what the page’s order status says.' },
  choices: [
    { id: 'not-shipped', label: { zh: '还没发货', en: 'Not shipped yet' }, next: notShipped, orderState: 'not-shipped' },
    { id: 'shipped', label: { zh: '已经发出', en: 'Already shipped' }, next: shipped, orderState: 'shipped' },
  ] satisfies Choice[],
});

const urgeShipping: Playbook = {
  id: 'urge-shipping',
  name: { zh: '催发货', en: 'Where is my parcel' },
  summary: { zh: '买家催发货、问什么时候发出', en: 'The buyer asks when the order ships' },
  start: 'state',
  steps: [
    shippedQuestion('state', 'overdue', 'tracking'),
    {
      id: 'overdue',
      kind: 'question',
      title: { zh: '超过承诺的发货时间了吗？', en: 'Is it past the promised ship time?' },
      hint: { zh: '看商品页承诺的发货时间和付款时间。', en: 'Compare the ship time promised on the product page with the payment time.' },
      choices: [
        { id: 'on-time', label: { zh: '还在承诺时间内', en: 'Still within the promise' }, next: 'reassure' },
        { id: 'late', label: { zh: '已经超时', en: 'Overdue' }, next: 'apologise' },
      ],
    },
    {
      id: 'reassure',
      kind: 'action',
      title: { zh: '安抚买家，给出具体的发出时间', en: 'Reassure the buyer with a concrete ship time' },
      hint: { zh: '说清哪天、几点前发出，别只说“尽快”；发出后物流会更新。', en: 'Say which day and by what time, not just “soon”; tracking updates once it leaves.' },
      phrases: [ref('ship-urge-on-time', '催发货-未超时'), ref('ship-urge-today', '催发货-今天发出')],
      asks: ['什么时候发货', '怎么还没发货'],
    },
    {
      id: 'apologise',
      kind: 'action',
      title: { zh: '道歉，登记并催仓库', en: 'Apologise, log it, push the warehouse' },
      hint: { zh: '先认错，说明已登记、已催仓库优先处理，并给出新的发出时间。', en: 'Own the delay, say it is logged and the warehouse pushed, and give a new ship time.' },
      phrases: [ref('ship-urge-overdue', '催发货-已超时'), ref('ship-overdue-record', '超时已登记')],
      asks: ['都超时了怎么还不发货', '说好的时间怎么还没发'],
      next: 'compensate',
    },
    {
      id: 'compensate',
      kind: 'question',
      title: { zh: '要给补偿吗？', en: 'Offer compensation?' },
      hint: { zh: '只在你的权限内承诺；超出权限先请示主管。', en: 'Promise only what you may give; beyond that, ask your supervisor first.' },
      choices: [
        { id: 'within', label: { zh: '在我的权限内补偿', en: 'Yes, within my authority' }, next: 'coupon' },
        { id: 'beyond', label: { zh: '超出我的权限', en: 'Beyond my authority' }, next: 'ask-supervisor' },
        { id: 'none', label: { zh: '不需要补偿', en: 'No compensation' }, next: 'promise' },
      ],
    },
    {
      id: 'coupon',
      kind: 'action',
      title: { zh: '给出权限内的补偿', en: 'Offer compensation within your authority' },
      hint: { zh: '店铺券或小礼品都可以；记下承诺，发出后主动把单号告诉买家。', en: 'A shop coupon or a small gift; note the promise and send the tracking number once it ships.' },
      phrases: [ref('ship-overdue-coupon', '超时补偿')],
      asks: ['发货这么慢有没有补偿'],
    },
    {
      id: 'ask-supervisor',
      kind: 'action',
      title: { zh: '请示主管，说好何时回复', en: 'Ask your supervisor; say when you will answer' },
      phrases: [ref('esc-authority', '超出权限请示')],
      asks: ['能不能多补偿一点'],
    },
    {
      id: 'promise',
      kind: 'action',
      title: { zh: '说好发出后通知买家', en: 'Promise to tell the buyer once it ships' },
      phrases: [ref('ship-overdue-record', '超时已登记')],
      asks: ['发了告诉我一声'],
    },
    {
      id: 'tracking',
      kind: 'action',
      title: { zh: '告诉买家怎么查物流', en: 'Tell the buyer where to track it' },
      hint: { zh: '物流几天没更新的话，主动联系快递核实。', en: 'If tracking has not moved for days, check with the courier yourself.' },
      phrases: [ref('ship-tracking', '查物流'), ref('ship-stuck', '物流不更新'), ref('dlv-chase-courier', '催快递派送')],
      asks: ['包裹到哪了', '物流怎么不更新'],
    },
  ],
};

const orderChange: Playbook = {
  id: 'order-change',
  name: { zh: '订单修改', en: 'Order change' },
  summary: { zh: '改地址、规格、取消订单，或忘了用优惠券', en: 'Change the address or option, cancel, or a forgotten coupon' },
  start: 'what',
  steps: [
    {
      id: 'what',
      kind: 'question',
      title: { zh: '买家想怎么改？', en: 'What does the buyer want?' },
      choices: [
        { id: 'change', label: { zh: '改地址、规格或手机号', en: 'Change address, option or phone' }, next: 'change-state' },
        { id: 'cancel', label: { zh: '取消订单', en: 'Cancel the order' }, next: 'cancel-state' },
        { id: 'coupon', label: { zh: '下单忘了用优惠券', en: 'Forgot to use a coupon' }, next: 'coupon' },
      ],
    },
    shippedQuestion('change-state', 'change-now', 'change-shipped'),
    {
      id: 'change-now',
      kind: 'action',
      title: { zh: '还没发货：现在就改', en: 'Not shipped: change it now' },
      hint: { zh: '改好后把新的信息发给买家核对一遍。', en: 'Once changed, send the new details back for the buyer to check.' },
      phrases: [ref('order-address-unshipped', '改地址-未发货'), ref('order-sku-unshipped', '改规格-未发货'), ref('order-phone', '修改收货手机号')],
      asks: ['能改地址吗', '拍错颜色了能改吗'],
    },
    {
      id: 'change-shipped',
      kind: 'action',
      title: { zh: '已发货：联系快递改派，或退回重拍', en: 'Shipped: have the courier redirect it, or return and re-order' },
      phrases: [ref('order-address-shipped', '改地址-已发货'), ref('order-sku-shipped', '改规格-已发货')],
      asks: ['已经发货了还能改地址吗'],
    },
    shippedQuestion('cancel-state', 'cancel-now', 'cancel-shipped'),
    {
      id: 'cancel-now',
      kind: 'action',
      title: { zh: '还没发货：同意退款', en: 'Not shipped: agree to the refund' },
      phrases: [ref('order-cancel-unshipped', '取消订单-未发货')],
      asks: ['不想要了能取消吗'],
    },
    {
      id: 'cancel-shipped',
      kind: 'action',
      title: { zh: '已发货：先拦截，不成就拒收', en: 'Shipped: intercept it, or the buyer refuses delivery' },
      phrases: [ref('order-cancel-shipped', '取消订单-已发货')],
      asks: ['发货了还能取消吗'],
    },
    {
      id: 'coupon',
      kind: 'action',
      title: { zh: '退回优惠券的金额', en: 'Refund the coupon’s value' },
      hint: { zh: '核对券确实可用，小额退回券面金额即可，不用让买家退单重拍。', en: 'Check the coupon was valid, then refund its value; no need to cancel and re-order.' },
      phrases: [ref('order-forgot-coupon', '忘用优惠券')],
      asks: ['忘记用优惠券了怎么办'],
    },
  ],
};

const returnExchange: Playbook = {
  id: 'return-exchange',
  name: { zh: '退换货', en: 'Return or exchange' },
  summary: { zh: '买家要退货、换货', en: 'The buyer wants to return or exchange' },
  start: 'eligible',
  steps: [
    {
      id: 'eligible',
      kind: 'question',
      title: { zh: '符合退换条件吗？', en: 'Does it meet the return conditions?' },
      hint: { zh: '看是否在期限内、商品完好、不影响二次销售。', en: 'Within the period, undamaged, fit to sell again.' },
      choices: [
        { id: 'yes', label: { zh: '符合', en: 'Yes' }, next: 'cheap' },
        { id: 'no', label: { zh: '不符合', en: 'No' }, next: 'ask-why' },
      ],
    },
    {
      id: 'cheap',
      kind: 'question',
      title: { zh: '是低价小件吗？', en: 'Is it a cheap item?' },
      hint: { zh: '来回运费比商品还贵时，补偿或补发比退回更省事。', en: 'When postage both ways costs more than the item, compensation or a resend beats a return.' },
      choices: [
        { id: 'cheap', label: { zh: '是，寄回不划算', en: 'Yes, not worth sending back' }, next: 'cheap-how' },
        { id: 'normal', label: { zh: '不是，正常退换', en: 'No, a normal return' }, next: 'return' },
      ],
    },
    {
      id: 'return',
      kind: 'action',
      title: { zh: '说明退换流程', en: 'Explain how to return or exchange' },
      hint: { zh: '收到退件后入库，再退款或换新。', en: 'Once the parcel is back in stock, refund or send the new one.' },
      phrases: [ref('as-return-eligible', '退货-符合条件'), ref('as-exchange-eligible', '换货-符合条件'), ref('as-return-address', '退货地址')],
      asks: ['怎么退货', '能换个尺码吗'],
    },
    {
      id: 'cheap-how',
      kind: 'question',
      title: { zh: '补偿还是补发？', en: 'Compensate or resend?' },
      choices: [
        { id: 'compensate', label: { zh: '小额补偿，不用退回', en: 'A small compensation, keep the item' }, next: 'compensate' },
        { id: 'resend', label: { zh: '直接补发', en: 'Resend it' }, next: 'resend' },
      ],
    },
    {
      id: 'compensate',
      kind: 'action',
      title: { zh: '给出小额补偿', en: 'Offer a small compensation' },
      hint: { zh: '金额在你的权限内。', en: 'Within your authority.' },
      phrases: [ref('as-cheap-compensate', '小件补偿不退')],
      asks: ['要寄回去吗'],
    },
    {
      id: 'resend',
      kind: 'action',
      title: { zh: '安排补发', en: 'Arrange the resend' },
      phrases: [ref('as-cheap-resend', '小件直接补发')],
      asks: ['少发了一个'],
    },
    {
      id: 'ask-why',
      kind: 'action',
      title: { zh: '问清发生了什么', en: 'Find out what happened' },
      hint: { zh: '说明为什么不能无理由退，再请买家讲讲哪里不满意、拍张照片。', en: 'Say why it can’t be returned without reason, then ask what is wrong and for a photo.' },
      phrases: [ref('as-return-ineligible', '退货-不符合条件'), ref('as-ask-photos', '请买家拍照')],
      asks: ['为什么不能退'],
      next: 'cause',
    },
    {
      id: 'cause',
      kind: 'question',
      title: { zh: '问清楚后，是什么问题？', en: 'Having asked: what is the problem?' },
      choices: [
        { id: 'quality', label: { zh: '商品质量问题', en: 'A quality problem' }, next: 'quality' },
        { id: 'usage', label: { zh: '使用方法的问题', en: 'How it is used' }, next: 'usage' },
        { id: 'other', label: { zh: '都不是，需要协商', en: 'Neither: negotiate' }, next: 'negotiate' },
      ],
    },
    {
      id: 'quality',
      kind: 'action',
      title: { zh: '质量问题：退款或换新，运费我们出', en: 'Quality problem: refund or replace, we pay postage' },
      phrases: [ref('as-quality-issue', '质量问题处理')],
      asks: ['质量有问题'],
    },
    {
      id: 'usage',
      kind: 'action',
      title: { zh: '教买家正确使用', en: 'Show the buyer how to use it' },
      phrases: [ref('as-usage-guide', '使用问题指导')],
      asks: ['用不了'],
    },
    {
      id: 'negotiate',
      kind: 'action',
      title: { zh: '协商：权限内给方案，超出就请示', en: 'Negotiate: offer what you may, ask beyond that' },
      phrases: [ref('cpl-compensate', '权限内补偿'), ref('esc-authority', '超出权限请示')],
      asks: ['那怎么办'],
    },
  ],
};

const complaint: Playbook = {
  id: 'complaint',
  name: { zh: '投诉', en: 'Complaint' },
  summary: { zh: '买家不满、要投诉', en: 'An unhappy buyer, a complaint' },
  start: 'listen',
  steps: [
    {
      id: 'listen',
      kind: 'action',
      title: { zh: '先回应：道歉、倾听、记下', en: 'Respond first: apologise, listen, note it' },
      hint: { zh: '先处理情绪再处理问题；别争辩谁对谁错。', en: 'Calm the feeling before the problem; don’t argue about who is right.' },
      phrases: [ref('cpl-apologise', '先道歉安抚'), ref('cpl-angry', '买家情绪激动'), ref('cpl-listen', '记录并核实')],
      asks: ['我要投诉', '太气人了'],
      next: 'authority',
    },
    {
      id: 'authority',
      kind: 'question',
      title: { zh: '买家的要求在你的权限内吗？', en: 'Is what the buyer asks within your authority?' },
      choices: [
        { id: 'within', label: { zh: '在权限内', en: 'Within my authority' }, next: 'settle' },
        { id: 'beyond', label: { zh: '超出权限', en: 'Beyond my authority' }, next: 'escalate' },
      ],
    },
    {
      id: 'settle',
      kind: 'action',
      title: { zh: '给出补偿，谢谢买家的耐心', en: 'Offer compensation; thank the buyer for their patience' },
      phrases: [ref('cpl-compensate', '权限内补偿'), ref('cpl-thanks', '感谢理解')],
      asks: ['怎么补偿'],
    },
    {
      id: 'escalate',
      kind: 'action',
      title: { zh: '转给主管，说好何时有人联系', en: 'Pass it to your supervisor; say when someone will call' },
      hint: { zh: '平台介入前请买家给一次处理的机会。', en: 'Before the platform steps in, ask the buyer for a chance to put it right.' },
      phrases: [ref('cpl-escalate', '超出权限转主管'), ref('cpl-before-platform', '平台介入前沟通')],
      asks: ['我要找你们领导', '我要找平台投诉'],
    },
  ],
};

const badReview: Playbook = {
  id: 'bad-review',
  name: { zh: '差评', en: 'Bad review' },
  summary: { zh: '买家给了差评或中评', en: 'The buyer left a bad or middling review' },
  start: 'approach',
  steps: [
    {
      id: 'approach',
      kind: 'question',
      title: { zh: '能先私下联系买家吗？', en: 'Can you contact the buyer first?' },
      hint: { zh: '真诚沟通、解决问题，再请买家追评；不行就公开平和地说明。', en: 'Talk sincerely, fix the problem, then ask for a follow-up review; otherwise explain calmly in public.' },
      choices: [
        { id: 'contact', label: { zh: '私聊联系买家', en: 'Contact the buyer' }, next: 'contact' },
        { id: 'public', label: { zh: '联系不上，公开回复', en: 'Can’t reach them: reply in public' }, next: 'public' },
      ],
    },
    {
      id: 'contact',
      kind: 'action',
      title: { zh: '真诚联系，问清问题', en: 'Reach out sincerely and ask what went wrong' },
      phrases: [ref('rev-contact', '差评私聊沟通')],
      asks: ['东西不好给差评'],
      next: 'fixed',
    },
    {
      id: 'fixed',
      kind: 'question',
      title: { zh: '问题解决了吗？', en: 'Is the problem solved?' },
      choices: [
        { id: 'yes', label: { zh: '解决了', en: 'Yes' }, next: 'follow-up' },
        { id: 'no', label: { zh: '没解决或买家不回应', en: 'No, or no answer' }, next: 'public' },
      ],
    },
    {
      id: 'follow-up',
      kind: 'action',
      title: { zh: '请买家追评', en: 'Ask for a follow-up review' },
      hint: { zh: '请求，不要施压；不要用返现换改评。', en: 'Ask, never press; never offer money for a changed review.' },
      phrases: [ref('rev-ask-follow-up', '请买家追评')],
      asks: ['问题解决了'],
    },
    {
      id: 'public',
      kind: 'action',
      title: { zh: '平和地公开回复', en: 'A calm public reply' },
      hint: { zh: '在评价管理页回复：只说事实和改进，绝不和买家争论。这里复制，不插入聊天。', en: 'Reply on the review page: facts and what you improve, never an argument. Copied here, not put in the chat.' },
      phrases: [ref('rev-public-quality', '公开回复-质量'), ref('rev-public-shipping', '公开回复-物流'), ref('rev-public-color', '公开回复-色差'), ref('rev-public-explain', '公开回复-说明情况')],
      asks: [],
      publicReply: true,
    },
  ],
};

/** Every playbook, in the order the panel lists them. */
export const PLAYBOOKS: readonly Playbook[] = [urgeShipping, orderChange, returnExchange, complaint, badReview];

/** The playbook with this id (undefined for an id from an older or newer version). */
export const playbookById = (id: string): Playbook | undefined => PLAYBOOKS.find((p) => p.id === id);
