/**
 * Auto-reply (自动回复) helpers: the platform limit and the eight questions buyers ask when
 * nobody answers. Keyword sets and suggestions are ours.
 */
import { foldText } from './normalize';

/** Platform limit, counted as the buyer sees it: Unicode code points. */
export const AUTO_REPLY_MAX = 128;

export const TOPICS = ['value', 'stock', 'postage', 'discount', 'bargain', 'returns', 'quality', 'ordering'] as const;
export type Topic = (typeof TOPICS)[number];

/** Words that show a topic is answered. Matched on folded text (half-width, lower case). */
export const TOPIC_KEYWORDS: Readonly<Record<Topic, readonly string[]>> = {
  value: ['性价比', '划算', '实惠', '物超所值', '超值', '良心价', '平价', '值得'],
  stock: ['现货', '有货', '库存', '缺货', '断货', '补货', '到货', '备货', '能拍', '可拍'],
  postage: ['包邮', '邮费', '运费', '快递费', '合并发货', '合并发', '一起拍', '多件', '两件', '几件'],
  discount: ['优惠', '券', '满减', '打折', '折扣', '红包', '立减', '赠品', '小礼品', '特价', '活动价'],
  bargain: ['议价', '还价', '砍价', '讲价', '实价', '底价', '一口价', '价格已经', '不讲价'],
  returns: ['退换', '退货', '换货', '无理由', '退款', '运费险', '售后'],
  quality: ['质量', '品质', '正品', '做工', '面料', '材质', '质检', '检查', '实拍', '品控'],
  ordering: ['下单', '拍下', '直接拍', '付款', '支付', '备注', '留言', '购物车', '自助'],
};

/** One sentence per topic the composer can append when it is missing; lint-clean, all eight fit in 128. */
export const AUTO_REPLY_SUGGESTIONS: Readonly<Record<Topic, string>> = {
  value: '用料扎实，性价比高。',
  stock: '页面能拍的款式都有现货。',
  postage: '多件会合并发货，帮您省运费。',
  discount: '记得先领店铺优惠券。',
  bargain: '已是活动价，暂不议价，谢谢理解。',
  returns: '支持七天无理由退换。',
  quality: '每件发出前都会检查，质量请放心。',
  ordering: '看好直接拍下付款，有要求请写在备注里。',
};

/** Code points, not UTF-16 units: an emoji counts once, as buyers see it. */
export function countCodePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Which of the eight buyer topics an auto-reply answers, in `TOPICS` order. */
export function autoReplyCoverage(text: string): { covered: Topic[]; missing: Topic[] } {
  const folded = foldText(text);
  const covered: Topic[] = [];
  const missing: Topic[] = [];
  for (const topic of TOPICS) {
    (TOPIC_KEYWORDS[topic].some((k) => folded.includes(k)) ? covered : missing).push(topic);
  }
  return { covered, missing };
}
