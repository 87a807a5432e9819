/**
 * What buyers ask about (intents), each named by the words that say it in shop chat: on the buyer's
 * side (colloquial forms, common typos, toneless pinyin) and on the phrase's side (the same words
 * in its title, tags, examples and text). Suggested replies match a message's intents against
 * each phrase's, so `包油吗` finds a phrase titled 运费说明 although they share no character.
 * Written by us. Pure data plus a matcher: the sidebar frame bundles it (no dictionary).
 */

export interface Intent {
  id: string;
  /** Words that say it, in folded form (lower case, half-width). Matched anywhere in the text. */
  words: readonly string[];
  /** Toneless pinyin of some `words`, as buyers type it without spaces (checked by a unit test). */
  pinyin?: readonly string[];
  /** Other Latin words buyers type for it (`thx`, `3q`), matched like `words`. */
  latin?: readonly string[];
}

export const INTENTS: readonly Intent[] = [
  // ---- greeting and service ----
  { id: 'greet', words: ['在吗', '在不在', '在么', '有人吗', '有人在', '你好', '您好', '哈喽', '客服在'], pinyin: ['zaima', 'nihao'], latin: ['hello'] },
  { id: 'wait-long', words: ['不回', '等了半天', '等好久', '等了好久', '人呢', '回复慢', '回复好慢', '半天没人', '没人理', '怎么没人'] },
  { id: 'human', words: ['转人工', '人工客服', '找人工', '换个客服', '换人', '真人', '机器人'] },
  { id: 'returning', words: ['老客户', '老顾客', '回头客', '之前买过', '上次买', '以前买过', '又来了'] },
  { id: 'night', words: ['这么晚', '半夜', '晚上有人', '夜里', '熬夜'] },
  // ---- before the sale ----
  { id: 'fit', words: ['适合', '合适吗', '合不合适', '适不适合', '能用吗', '适用于'] },
  { id: 'recommend', words: ['推荐', '哪个好', '哪款好', '选哪个', '选哪款', '怎么选', '买哪个'] },
  { id: 'size', words: ['尺码', '码数', '多大码', '什么码', '哪个码', '穿多大', '身高', '体重', '斤穿', '穿几码', '大码', '小码', '偏大', '偏小', '码偏'], pinyin: ['chima', 'mashu'] },
  { id: 'material', words: ['材质', '面料', '什么料', '材料', '纯棉', '什么做的', '啥做的', '布料', '羊毛', '涤纶', '成分'] },
  { id: 'color', words: ['色差', '颜色', '实物', '和图片', '跟图片', '跟图', '图片一样', '褪色', '掉色'] },
  { id: 'shortcoming', words: ['缺点', '不足', '毛病', '不好的地方', '有啥不好'] },
  { id: 'genuine', words: ['正品', '真的吗', '假货', '保真', '是真的', '假的', '仿品', '高仿', '授权', '专柜', '官方', '品牌方'], pinyin: ['zhengpin'] },
  { id: 'usage', words: ['怎么用', '不会用', '使用方法', '怎么使用', '说明书', '用法', '咋用', '如何使用', '用不来'] },
  { id: 'compare', words: ['区别', '差别', '有什么不同', '不一样吗', '对比', '差在哪'] },
  { id: 'gift', words: ['送人', '礼物', '礼盒', '送女朋友', '送男朋友', '送老婆', '送老公', '送妈', '送爸', '生日', '贺卡', '礼品包装'] },
  { id: 'how-order', words: ['怎么下单', '怎么买', '怎么拍', '在哪拍', '在哪里拍', '哪里买', '怎么购买', '下单流程'] },
  { id: 'pay-failed', words: ['付不了', '付款失败', '支付失败', '付不上', '支付不成功', '付不出', '付款不成功', '支付不了', '付不成'] },
  { id: 'pay-method', words: ['花呗', '信用卡', '分期', '货到付款', '白条', '微信支付', '支付宝', '付款方式', '支付方式', '月付', '先用后付'] },
  { id: 'bargain', words: ['便宜', '少点', '优惠点', '打折', '砍价', '最低价', '抹零', '再少', '让点', '给个折', '优惠一点'], pinyin: ['pianyi'] },
  { id: 'price-high', words: ['太贵', '好贵', '这么贵', '价格高', '贵了', '比别家', '别家便宜', '别人家', '有点贵'] },
  { id: 'care', words: ['怎么洗', '机洗', '手洗', '缩水', '洗护', '干洗', '水洗', '熨', '清洗'] },
  // ---- promotions ----
  { id: 'promo', words: ['活动', '促销', '活动价', '百亿补贴', '秒杀', '直播间价', '福利'] },
  { id: 'promo-end', words: ['什么时候结束', '几号结束', '截止', '活动到', '还有多久', '结束了吗', '活动结束', '恢复原价', '昨天还'] },
  { id: 'coupon', words: ['优惠券', '券', '红包', '领券', '折扣券', '满减券', '店铺券', '平台券', '消费券', '购物金'], pinyin: ['youhuiquan'] },
  { id: 'coupon-fail', words: ['领不了', '领不到', '抢光', '领取失败', '领不上', '没法领'] },
  { id: 'coupon-unused', words: ['用不了券', '没抵扣', '用不上', '没减', '不能用券', '券没用', '没有减', '不抵扣'] },
  { id: 'stack', words: ['叠加', '一起用', '两张券', '同时用'] },
  { id: 'fullcut', words: ['满减', '凑单', '满多少', '满几件'] },
  { id: 'presale', words: ['预售', '定金', '尾款'] },
  { id: 'price-drop', words: ['降价', '便宜了', '买贵了', '差价', '退差价', '掉价'], pinyin: ['jiangjia', 'chajia'] },
  { id: 'price-protect', words: ['价保', '保价', '价格保护'], pinyin: ['jiabao'] },
  { id: 'freebie', words: ['赠品', '送什么', '送啥', '有送', '小礼物', '福袋', '附赠', '赠送'] },
  { id: 'big-sale', words: ['双十一', '双11', '618', '大促', '双十二', '双12', '年货节'] },
  { id: 'limit', words: ['限购', '能买几', '买几件', '多买几', '限几'] },
  { id: 'newcomer', words: ['新人', '新客', '第一次买', '首单', '新用户'] },
  { id: 'member', words: ['会员价', '店铺会员', '关注店铺', '粉丝价', '入会'] },
  // ---- stock and bulk ----
  { id: 'in-stock', words: ['有货', '现货', '库存', '还有吗', '有没有货', '还有没有', '有存货'], pinyin: ['youhuo', 'xianhuo'] },
  { id: 'out-of-stock', words: ['缺货', '没货', '卖完', '断货', '售罄', '下架', '无货'] },
  { id: 'restock', words: ['补货', '到货通知', '通知我', '什么时候有货', '再上', '还会有吗'] },
  { id: 'bulk', words: ['批量', '批发', '采购', '大量', '团购', '公司买', '拿货', '一百件', '一百个', '几十件', '很多件', '五十个', '多件'] },
  { id: 'custom', words: ['定制', '刻字', 'logo', '订做', '订制', '来图', '印字'] },
  // ---- platform, escalation ----
  { id: 'platform', words: ['余额', '账户', '账号', '提现', '积分', '淘金币', '平台会员', 'plus会员', '88vip', '白条额度', '多多钱包', '抖音月付', '实名', '登录不了', '登不上'] },
  { id: 'supervisor', words: ['主管', '领导', '经理', '负责人', '店长', '上级'] },
  { id: 'platform-step-in', words: ['平台介入', '小二', '申请介入', '找平台', '客服介入', '仲裁', '投诉到平台'] },
  // ---- shipping ----
  { id: 'postage', words: ['包邮', '运费', '邮费', '免邮', '邮资', '包油', '运废', '快递费'], pinyin: ['baoyou', 'yunfei', 'youfei'] },
  { id: 'ship-time', words: ['发货', '发出', '寄出', '出库', '什么时候发', '啥时候发', '几天发', '多久发', '哪天发', '今天发', '今天能发', '明天发', '能发吗', '发了吗', '发贷', '几时发', '发没发', '当天发', '马上发'], pinyin: ['fahuo'] },
  { id: 'urge', words: ['催', '怎么还不发', '还没发', '还不发', '快点发', '怎么还没', '一直不发', '超时', '这么久', '迟迟'] },
  { id: 'arrive-time', words: ['几天到', '多久到', '多久能到', '什么时候到', '啥时候到', '能到吗', '到货时间', '送达', '几天能收到', '多久收到', '明天能到', '今天能到', '几号到', '几天能到', '到我这', '多久能收到', '收到要几天'], pinyin: ['jitiandao', 'duojiudao'] },
  { id: 'tracking', words: ['物流', '单号', '快递单', '查快递', '到哪了', '到哪里了', '不更新', '没动', '卡住', '没物流', '物流信息', '运单'], pinyin: ['wuliu', 'danhao'] },
  { id: 'courier', words: ['什么快递', '哪个快递', '啥快递', '哪家快递', '顺丰', '中通', '圆通', '韵达', '申通', '极兔', '邮政', 'ems', '京东物流', '指定快递', '发快递'], pinyin: ['kuaidi', 'shunfeng'] },
  { id: 'signed-missing', words: ['显示签收', '签收了', '被签收', '没收到', '没拿到', '不是我签', '已签收'] },
  { id: 'remote', words: ['偏远', '新疆', '西藏', '青海', '内蒙', '甘肃', '宁夏'] },
  { id: 'split', words: ['分开发', '分包裹', '只收到一个', '两个包裹', '只到了一个', '分两次', '另一个包裹'] },
  { id: 'holiday', words: ['放假', '节假日', '过年', '国庆', '春节', '假期', '年后'] },
  { id: 'urgent', words: ['急用', '着急用', '加急', '赶时间', '急着用', '很急', '快一点到'] },
  { id: 'delivery-arrange', words: ['送货上门', '送上门', '驿站', '放门口', '菜鸟', '自提', '改约', '改时间送', '派送', '派件', '快递柜', '丰巢', '不在家', '出差', '晚点送'] },
  { id: 'courier-chase', words: ['催快递', '催一下快递', '派件慢', '快递员', '还不派', '不送', '不派送'] },
  // ---- order changes ----
  { id: 'change-address', words: ['改地址', '修改地址', '换地址', '地址写错', '地址填错', '地址错了', '改一下地址', '新地址', '地址改', '改个地址', '换个地址', '改收货'], pinyin: ['gaidizhi'] },
  { id: 'phone', words: ['手机号', '电话号', '号码错', '改电话', '改手机', '电话写错', '联系电话'] },
  { id: 'change-sku', words: ['改规格', '改颜色', '换颜色', '换个颜色', '颜色拍错', '规格拍错', '拍错了', '改尺码', '改型号', '拍错'] },
  { id: 'cancel', words: ['取消订单', '不要了', '取消', '退单', '不想要了', '撤销订单'], pinyin: ['quxiao'] },
  { id: 'forgot-coupon', words: ['忘了用券', '忘记用券', '忘用', '没用券', '忘了领', '忘记领', '忘记用'] },
  { id: 'merge', words: ['合并', '一起发', '两单', '两个订单', '拍了两次', '两笔', '一块发', '同一个包裹'] },
  { id: 'remark', words: ['备注', '留言写了', '写了要求'] },
  { id: 'add-item', words: ['再拍', '追加', '再加一个', '再买一个', '又拍了', '加一件'] },
  // ---- invoices ----
  { id: 'invoice', words: ['发票', '开票', '票据', '普票', '抬头', '税号', '报销'], pinyin: ['fapiao', 'kaipiao'] },
  { id: 'invoice-special', words: ['专票', '增值税', '专用发票', '进项'] },
  { id: 'invoice-kind', words: ['电子发票', '纸质发票', '纸质的', '电子的', '纸质票', '电子票'] },
  { id: 'invoice-when', words: ['什么时候开票', '发票什么时候', '多久开票', '发票还没', '几天开票', '票什么时候'] },
  { id: 'invoice-fix', words: ['发票开错', '发票信息错', '重开', '改发票', '换开', '抬头错'] },
  // ---- after the sale ----
  { id: 'return', words: ['退货', '能退吗', '可以退吗', '七天无理由', '无理由', '要退', '想退', '退了吧', '退回去', '能退不', '包退'], pinyin: ['tuihuo'] },
  { id: 'exchange', words: ['换货', '能换吗', '可以换吗', '换一个', '调换', '换个', '换新', '包换', '能换不'], pinyin: ['huanhuo'] },
  { id: 'return-address', words: ['退货地址', '寄回地址', '寄到哪', '退到哪', '寄哪里', '寄回哪', '退回地址'] },
  { id: 'refund', words: ['退款', '退钱', '钱什么时候退', '到账', '退款进度', '没退', '钱退', '退宽', '仅退款', '极速退款'], pinyin: ['tuikuan'] },
  { id: 'quality', words: ['质量', '有问题', '不好用', '用不了', '开线', '起球', '漏水', '瑕疵', '故障', '不能用', '劣质', '做工差', '有异味', '发霉', '变质', '坏的', '次品'] },
  { id: 'missing', words: ['少发', '漏发', '少了', '缺件', '少一个', '少一件', '没有配件', '少件', '少东西', '数量不对', '缺了'] },
  { id: 'wrong-item', words: ['发错', '错发', '不是我买的', '颜色不对', '发的不对', '拿错', '不是我要的', '型号不对', '货不对'] },
  { id: 'damaged', words: ['破了', '破损', '碎了', '压坏', '摔坏', '烂了', '裂了', '压扁', '变形', '漏了', '撒了'] },
  { id: 'freight-insurance', words: ['运费险', '退货运费', '寄回运费', '运费谁出', '谁出运费', '来回运费', '退货邮费', '寄回邮费', '运费谁承担'] },
  { id: 'size-wrong', words: ['尺码不合适', '码小了', '码大了', '太小了', '太大了', '穿不上', '穿不下', '不合身', '小了一码', '大了一码'] },
  { id: 'aftersale-progress', words: ['售后进度', '处理得怎么样', '处理到哪', '审核', '申请了', '怎么还没处理', '售后申请', '有结果了吗', '处理好了吗'] },
  { id: 'compensate', words: ['补偿', '赔偿', '赔钱', '给个说法', '怎么赔', '赔我', '补点'] },
  // ---- complaints and reviews ----
  { id: 'complain', words: ['投诉', '举报', '12315', '曝光', '工商', '消协'] },
  { id: 'angry', words: ['气死', '生气', '火大', '垃圾', '骗子', '坑人', '太过分', '无语', '什么破', '恶心', '太差了', '忽悠'] },
  { id: 'bad-review', words: ['差评', '中评', '给差', '打差'], pinyin: ['chaping'] },
  { id: 'edit-review', words: ['追评', '改评价', '删评', '修改评价', '改好评'] },
  { id: 'good-review', words: ['好评', '五星', '给好', '满分'], pinyin: ['haoping'] },
  { id: 'review', words: ['评价', '晒图', '评论'] },
  // ---- warranty, install ----
  { id: 'warranty', words: ['保修', '质保', '保修期', '保多久', '包修', '三包', '保几年', '保固'], pinyin: ['baoxiu', 'zhibao'] },
  { id: 'repair', words: ['维修', '修一下', '不工作', '不开机', '没反应', '修理', '返修', '坏了', '修好', '能修'] },
  { id: 'repair-expired', words: ['过保', '过了保修', '保修过了', '超过保修'] },
  { id: 'repair-progress', words: ['修好了吗', '维修进度', '修到哪', '修得怎么样', '送修'] },
  { id: 'install', words: ['安装', '上门装', '师傅装', '装机', '包安装', '上门安装'], pinyin: ['anzhuang'] },
  { id: 'install-guide', words: ['怎么装', '安装步骤', '装不上', '安装教程', '装不好', '不会装', '怎么安装', '安装视频'] },
  // ---- product facts ----
  { id: 'specs', words: ['参数', '规格', '尺寸', '多重', '功率', '容量', '重量', '长宽高', '多大', '多长', '多宽', '多高', '毫安', '电压', '配置'] },
  { id: 'shelf-life', words: ['保质期', '过期', '有效期', '新鲜', '能放多久', '放多久', '临期', '保存'] },
  { id: 'production-date', words: ['生产日期', '哪天生产', '新日期', '批次', '什么时候生产', '日期新'] },
  { id: 'in-box', words: ['包装清单', '有什么配件', '配件', '包含', '里面有什么', '带充电器', '带电池', '盒子里', '全套', '有几个'] },
  { id: 'compat', words: ['适用', '兼容', '适配', '型号', '匹配', '通用', '能装', '接口', '能不能用在'] },
  { id: 'age', words: ['几岁', '宝宝', '婴儿', '儿童', '月龄', '适用年龄', '孩子', '小孩', '岁能用', '几个月'] },
  { id: 'ingredients', words: ['配料', '添加剂', '过敏', '含糖', '防腐剂', '热量', '成分表', '无糖', '过敏原', '含不含'] },
  // ---- closing ----
  { id: 'thanks', words: ['谢谢', '多谢', '感谢', '谢啦', '辛苦了'], pinyin: ['xiexie'], latin: ['thx', 'thanks', '3q'] },
  { id: 'bye', words: ['拜拜', '再见', '没事了', '没有了', '就这些', '没别的', '好的知道了', '晚安'], latin: ['bye'] },
  { id: 'ordered', words: ['拍好了', '已下单', '付款了', '已付款', '拍了', '下单了', '付好了', '已拍', '买了'] },
  { id: 'hesitate', words: ['考虑一下', '再看看', '想想', '犹豫', '再比较', '先不买', '不确定'] },
];

/**
 * A matcher over an intent table. Reads the text once, left to right, taking the longest word at
 * each place; a word inside one already taken does not count again, so `运费险` says freight
 * insurance and not also postage.
 */
export function intentMatcher(table: readonly Intent[] = INTENTS) {
  /** Words by their first UTF-16 unit, longest first. */
  const byFirst = new Map<number, { word: string; intent: number }[]>();
  table.forEach((intent, index) => {
    for (const word of [...intent.words, ...(intent.pinyin ?? []), ...(intent.latin ?? [])]) {
      const list = byFirst.get(word.charCodeAt(0)) ?? [];
      list.push({ word, intent: index });
      byFirst.set(word.charCodeAt(0), list);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);

  /** The intents `text` says (folded, no whitespace), each once, in table order. */
  return function intentsOf(text: string): number[] {
    const found = new Set<number>();
    let coveredTo = 0;
    for (let at = 0; at < text.length; at++) {
      const list = byFirst.get(text.charCodeAt(at));
      if (!list) continue;
      for (const { word, intent } of list) {
        if (!text.startsWith(word, at)) continue;
        if (at + word.length > coveredTo) {
          found.add(intent);
          coveredTo = at + word.length;
        }
        break;
      }
    }
    return [...found].sort((a, b) => a - b);
  };
}
