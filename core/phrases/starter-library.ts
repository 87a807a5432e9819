/**
 * The starter library, written by us (never copied from the source articles).
 * Loaded on first run; "restore starter phrases" re-adds missing ones without touching edits.
 * Ids are derived from `key`, so they stay stable across versions: `grp_starter_<key>`, `phr_starter_<key>`.
 *
 * Versions: a phrase added after the first version says so in `since`; the library service brings
 * such phrases into an existing library once (see `STARTER_VERSION`). Phrases reworded since v1
 * keep their v1 wording in ./starter-v1.ts, so an unedited copy can be brought up to date.
 * Every phrase has 3–5 `examples` (./starter-examples.ts): buyer questions it answers.
 *
 * Every phrase passes `lintPhrase` (see starter-library.test.ts): no absolute claims, no perfect
 * promises, no commanding tone, only known variables (`{买家}` …) or prompts (`{尺码?}`).
 */
import type { PhraseStage } from './stages';
import { STARTER_EXAMPLES } from './starter-examples';

/** The starter library's version; raise it when phrases are added or reworded. */
export const STARTER_VERSION = 2;

export interface StarterGroup {
  key: string;
  name: string;
}

export interface StarterPhrase {
  key: string;
  groupKey: string;
  title: string;
  text: string;
  code?: string;
  stage: PhraseStage;
  tags?: readonly string[];
  /** 3–5 buyer questions the phrase answers, in buyers' words. */
  examples?: readonly string[];
  /** A public reply to a review: never suggested in chat. */
  publicReply?: boolean;
  /** The starter version that added it; absent = 1. */
  since?: number;
}

export const STARTER_GROUPS: readonly StarterGroup[] = [
  { key: 'greeting', name: '接待问候' },
  { key: 'presale', name: '售前咨询' },
  { key: 'promotion', name: '活动优惠' },
  { key: 'stock', name: '库存批量' },
  { key: 'escalate', name: '请示主管' },
  { key: 'shipping', name: '发货物流' },
  { key: 'order', name: '订单修改' },
  { key: 'aftersale', name: '退换售后' },
  { key: 'complaint', name: '投诉安抚' },
  { key: 'review', name: '评价处理' },
  { key: 'closing', name: '促成下单' },
  { key: 'ending', name: '结束对话' },
  // v2
  { key: 'delivery', name: '配送收货' },
  { key: 'product', name: '商品参数' },
  { key: 'warranty', name: '保修安装' },
  { key: 'invoice', name: '发票开具' },
  { key: 'clothing', name: '服饰尺码' },
];

const PHRASES: readonly StarterPhrase[] = [
  // ---- 接待问候 --------------------------------------------------------------------------------
  { key: 'greet-welcome', groupKey: 'greeting', title: '欢迎光临', text: '您好，欢迎光临本店，有什么可以帮您的吗？', code: 'hy', stage: 'presale', tags: ['问候'] },
  { key: 'greet-named', groupKey: 'greeting', title: '称呼买家问好', text: '{买家}您好，我是客服{客服}，很高兴为您服务，请问看中哪一款了？', code: 'hymj', stage: 'presale', tags: ['问候', '变量'] },
  { key: 'greet-busy', groupKey: 'greeting', title: '咨询高峰稍等', text: '亲，现在咨询的人比较多，回复会慢一点，请见谅，您的问题我都会逐条回复。', code: 'sd', stage: 'presale', tags: ['问候', '高峰'] },
  { key: 'greet-returning', groupKey: 'greeting', title: '老顾客欢迎', text: '欢迎回来～上次买的东西用着还满意吗？这次想看点什么，我帮您推荐。', code: 'lgk', stage: 'presale', tags: ['问候', '老顾客'] },
  { key: 'greet-night', groupKey: 'greeting', title: '夜间问候', text: '亲，这么晚还在逛呀，有需要直接留言，我看到马上回复您。', code: 'yjwh', stage: 'presale', tags: ['问候'] },
  { key: 'greet-product', groupKey: 'greeting', title: '商品咨询承接', text: '亲，您看的这款我来给您介绍，想先了解规格、用法还是价格呢？', code: 'zx', stage: 'presale', tags: ['问候'] },
  { key: 'greet-sorry-wait', groupKey: 'greeting', title: '久等致歉', text: '不好意思让您久等了，刚才在处理别的订单，您的问题我现在就帮您看。', code: 'jd', stage: 'presale', tags: ['问候', '致歉'] },
  { key: 'greet-transfer', groupKey: 'greeting', title: '转接同事', text: '亲，这个问题由专门负责的同事处理，我帮您转过去，请稍等一下哦。', code: 'zj', stage: 'presale', tags: ['转接'] },

  // ---- 售前咨询 --------------------------------------------------------------------------------
  { key: 'pre-fit-yes', groupKey: 'presale', title: '适合推荐', text: '亲，按您说的情况，这款挺合适的，{推荐理由?}，您可以放心选。', code: 'sh', stage: 'presale', tags: ['推荐'] },
  { key: 'pre-fit-no', groupKey: 'presale', title: '不合适推荐别款', text: '亲，说实话这款不太符合您的需求，店里的{商品?}更贴合，您可以对比看看。', code: 'tjbk', stage: 'presale', tags: ['推荐', '如实说明'] },
  { key: 'pre-size', groupKey: 'clothing', title: '尺码建议', text: '亲，方便告诉我您的身高和体重吗？我帮您参考一下尺码。', code: 'cm', stage: 'presale', tags: ['尺码'] },
  { key: 'pre-size-between', groupKey: 'clothing', title: '尺码两可', text: '您的数据在两个码之间，喜欢宽松一点选大一码，喜欢合身选小一码。', code: 'cmlk', stage: 'presale', tags: ['尺码'] },
  { key: 'pre-material', groupKey: 'presale', title: '材质说明', text: '亲，这款的材质是{材质?}，详细成分在页面的参数表里，还想了解哪方面随时问我。', code: 'cz', stage: 'presale', tags: ['材质'] },
  { key: 'pre-color', groupKey: 'presale', title: '色差说明', text: '图片都是实物拍摄，不同屏幕显示会有轻微色差，颜色以收到的实物为准哦。', code: 'sc', stage: 'presale', tags: ['色差', '如实说明'] },
  { key: 'pre-shortcoming', groupKey: 'presale', title: '如实说明不足', text: '实话跟您说，这款{不足之处?}，如果您介意这一点，我给您推荐更合适的款式。', code: 'rssm', stage: 'presale', tags: ['如实说明'] },
  { key: 'pre-genuine', groupKey: 'presale', title: '正品说明', text: '亲，我们的商品从{进货渠道?}进货，资质说明在商品页面上，收到后有任何疑问随时找我，按平台规则给您处理。', code: 'zp', stage: 'presale', tags: ['质量'] },
  { key: 'pre-usage', groupKey: 'presale', title: '使用方法', text: '使用方法发给您：{使用步骤?}。有不明白的地方随时问我。', code: 'syff', stage: 'presale', tags: ['使用'] },
  { key: 'pre-compare', groupKey: 'presale', title: '两款区别', text: '这两款的区别主要在{区别?}，您说说平时怎么用，我帮您挑更合适的。', code: 'qb', stage: 'presale', tags: ['推荐'] },
  { key: 'pre-gift', groupKey: 'presale', title: '送礼建议', text: '送人的话推荐带礼盒的款式，包装精致，需要的话我们可以帮您附一张贺卡。', code: 'sljy', stage: 'presale', tags: ['推荐', '送礼'] },
  { key: 'pre-invoice', groupKey: 'presale', title: '开发票', text: '亲，支持开发票，下单后在订单里申请，或把抬头和税号发给我登记。', code: 'fp', stage: 'presale', tags: ['发票'] },
  { key: 'pre-how-to-order', groupKey: 'presale', title: '下单指引', text: '选好规格和数量，点"立即购买"，填好地址付款就可以了，遇到问题截图发我。', code: 'xdzy', stage: 'presale', tags: ['下单'] },
  { key: 'pre-pay-failed', groupKey: 'presale', title: '付款失败', text: '亲，付款没成功的话可以换一种支付方式，或者稍后刷新订单页面再付一次。', code: 'fksb', stage: 'presale', tags: ['付款'] },
  { key: 'pre-pay-methods', groupKey: 'presale', title: '支付方式', text: '支持{支付方式?}，下单时在收银台选择就可以；分期和信用卡能不能用，以收银台显示的为准。', code: 'zffs', stage: 'presale', tags: ['付款'], since: 2 },
  { key: 'pre-bargain', groupKey: 'presale', title: '议价回应', text: '亲，现在已经是活动价了，价格降不了，不过{可给的优惠?}，您看可以吗？', code: 'kj', stage: 'presale', tags: ['议价'] },
  { key: 'pre-price-value', groupKey: 'presale', title: '价格解释', text: '我们家用料和做工都很扎实，价格对得起品质，您收到对比一下就知道了。', code: 'jgjs', stage: 'presale', tags: ['议价', '质量'] },
  { key: 'pre-postage', groupKey: 'presale', title: '运费说明', text: '亲，单件{运费说明?}，多件一起拍会合并发货，能帮您省一份运费。', code: 'yf', stage: 'presale', tags: ['运费'] },
  { key: 'pre-care', groupKey: 'clothing', title: '洗护建议', text: '建议冷水手洗、反面晾干，不要暴晒，这样穿得更久。', code: 'xhjy', stage: 'presale', tags: ['洗护', '服饰'] },

  // ---- 活动优惠 --------------------------------------------------------------------------------
  { key: 'promo-rules', groupKey: 'promotion', title: '活动规则', text: '亲，本次活动{活动规则?}，活动价在结算时自动生效，不用额外操作。', code: 'hdgz', stage: 'promotion', tags: ['活动'] },
  { key: 'promo-deadline', groupKey: 'promotion', title: '活动截止', text: '活动到{活动截止?}结束，之后恢复原价，需要的话可以留意一下时间。', code: 'jz', stage: 'promotion', tags: ['活动', '截止'] },
  { key: 'promo-coupon', groupKey: 'promotion', title: '领券方法', text: '亲，优惠券在商品页价格下方领取，领好后下单会自动抵扣。', code: 'lq', stage: 'promotion', tags: ['优惠券'] },
  { key: 'promo-coupon-failed', groupKey: 'promotion', title: '优惠券领不了', text: '领不了券常见的原因是券已领完、已经领过或不在适用范围，麻烦截个图发我，我帮您看看是哪种情况，有别的券能用也告诉您。', code: 'qlbl', stage: 'promotion', tags: ['优惠券'], since: 2 },
  { key: 'promo-coupon-unused', groupKey: 'promotion', title: '优惠券没抵扣', text: '结算时券没抵扣，可能是没到使用门槛或这件不在券的范围内，您把结算页截图发我，我帮您核对。', code: 'qmdk', stage: 'promotion', tags: ['优惠券'], since: 2 },
  { key: 'promo-stack', groupKey: 'promotion', title: '优惠叠加', text: '店铺券和平台券可以一起用，下单页会自动帮您算好优惠后的价格。', code: 'yhdj', stage: 'promotion', tags: ['优惠券'] },
  { key: 'promo-fullcut', groupKey: 'promotion', title: '满减说明', text: '满{金额?}元减{减免?}元，不同款也可以凑单，结算时自动减。', code: 'mj', stage: 'promotion', tags: ['满减'] },
  { key: 'promo-presale', groupKey: 'promotion', title: '预售说明', text: '亲，这款是预售，先付定金，{日期?}付尾款，尾款付清后按顺序发货。', code: 'ys', stage: 'promotion', tags: ['预售'] },
  { key: 'promo-price-drop', groupKey: 'promotion', title: '买后降价', text: '理解您的心情。我先帮您核对：在价保期内、符合价保规则的，可以在订单里申请退差价；不符合的话，我如实跟您说明原因。', code: 'jj', stage: 'promotion', tags: ['差价', '价保'] },
  { key: 'promo-price-protect', groupKey: 'promotion', title: '是否支持价保', text: '本店{价保规则?}。在价保期内降价的，可以在订单里申请价保，差价按规则退回。', code: 'jb', stage: 'presale', tags: ['价保', '差价'], since: 2 },
  { key: 'promo-gift', groupKey: 'promotion', title: '赠品说明', text: '活动期间下单送{赠品?}，赠品随订单一起发出，送完为止。', code: 'zpsm', stage: 'promotion', tags: ['赠品'] },
  { key: 'promo-busy-shipping', groupKey: 'promotion', title: '大促发货', text: '亲，大促期间订单较多，我们按付款顺序发货，您的订单预计{发货时间}发出，请耐心等待。', code: 'dcfh', stage: 'promotion', tags: ['发货', '大促'] },
  { key: 'promo-limit', groupKey: 'promotion', title: '限购说明', text: '活动款每人限购{数量?}件，超出的部分会按原价结算哦。', code: 'xg', stage: 'promotion', tags: ['活动'] },
  { key: 'promo-newcomer', groupKey: 'promotion', title: '新人券', text: '新客首单可以领一张新人券，在店铺首页就能看到，下单时记得勾选。', code: 'xrq', stage: 'promotion', tags: ['优惠券'] },
  { key: 'promo-member', groupKey: 'promotion', title: '会员价', text: '关注店铺成为会员，部分商品可以享受会员价，下单时自动生效。', code: 'hyj', stage: 'promotion', tags: ['会员'] },
  { key: 'promo-ended', groupKey: 'promotion', title: '活动已结束', text: '不好意思亲，活动已经结束，价格恢复了原价，下次活动我提前通知您好吗？', code: 'hdjs', stage: 'promotion', tags: ['活动'] },

  // ---- 库存批量 --------------------------------------------------------------------------------
  { key: 'stock-yes', groupKey: 'stock', title: '有现货', text: '亲，您要的{规格?}现在有货，付款后预计{发货时间}发出。', code: 'xh', stage: 'presale', tags: ['库存'] },
  { key: 'stock-check', groupKey: 'stock', title: '查库存稍等', text: '我帮您查一下仓库的库存，请稍等一下。', code: 'kc', stage: 'presale', tags: ['库存'] },
  { key: 'stock-out', groupKey: 'stock', title: '缺货推荐', text: '亲，这个规格暂时缺货，预计{日期?}补货，相近的{替代款?}现在有货，您看看喜不喜欢。', code: 'qh', stage: 'presale', tags: ['库存', '推荐'] },
  { key: 'stock-notify', groupKey: 'stock', title: '到货通知', text: '补货后我会马上通知您，您也可以先收藏商品，到货会有提醒。', code: 'dh', stage: 'presale', tags: ['库存'] },
  { key: 'stock-bulk', groupKey: 'stock', title: '大单确认库存', text: '亲，您要的数量比较多，我先和仓库确认库存，确认好马上回复您。', code: 'pl', stage: 'presale', tags: ['批量', '库存'] },
  { key: 'stock-bulk-freight', groupKey: 'stock', title: '大单省运费', text: '这么多件我们合在一起发，能省下不少运费，省下的部分直接减在货款里给您。', code: 'plyf', stage: 'presale', tags: ['批量', '运费', '优惠'] },
  { key: 'stock-bulk-price', groupKey: 'stock', title: '批发报价', text: '批量采购可以申请批发价，请告诉我数量和规格，我报给主管后给您准确报价。', code: 'pfj', stage: 'presale', tags: ['批量', '报价'] },
  { key: 'stock-bulk-lead-time', groupKey: 'stock', title: '大单备货时间', text: '这个数量需要{天数?}天备货，备齐后一次发出，您看时间来得及吗？', code: 'bh', stage: 'presale', tags: ['批量', '发货'] },
  { key: 'stock-mixed-order', groupKey: 'stock', title: '现货预售同单', text: '现货款按店铺承诺的时间发，预售款按页面写的时间发，同一个订单会等齐了一起发。', code: 'xhys', stage: 'presale', tags: ['库存', '预售'] },

  // ---- 请示主管 --------------------------------------------------------------------------------
  { key: 'esc-authority', groupKey: 'escalate', title: '超出权限请示', text: '亲，这个超出了我的权限，我马上请示主管，{时长?}内回复您，请稍等。', code: 'qs', stage: 'presale', tags: ['请示'] },
  { key: 'esc-discount', groupKey: 'escalate', title: '申请额外优惠', text: '额外的优惠需要主管审批，我帮您申请试试，能不能批下来先跟您说一声。', code: 'sqyh', stage: 'presale', tags: ['请示', '优惠'] },
  { key: 'esc-custom', groupKey: 'escalate', title: '定制需求', text: '定制的需求我记下来了，需要和设计师确认工艺和工期，确认后给您答复。', code: 'dingz', stage: 'presale', tags: ['请示', '定制'] },
  { key: 'esc-answer', groupKey: 'escalate', title: '转达主管答复', text: '亲，主管回复了：{处理结果?}。您看这样可以吗？', code: 'zghf', stage: 'presale', tags: ['请示'] },
  { key: 'esc-pending', groupKey: 'escalate', title: '处理中暂无结果', text: '亲，您的问题还在处理中，一有进展我就联系您，不会让您白等。', code: 'clz', stage: 'aftersale', tags: ['请示'] },
  { key: 'esc-verify', groupKey: 'escalate', title: '核实后回复', text: '这个需要核实一下，我查清楚后在这里回复您，大概需要{时长?}。', code: 'hs', stage: 'presale', tags: ['请示'] },
  { key: 'esc-platform', groupKey: 'escalate', title: '平台账户问题', text: '会员、余额、账户这类问题由平台管理，店铺这边查不到也改不了，您可以在{平台客服入口?}联系平台客服，他们能直接帮您处理。', code: 'ptzh', stage: 'presale', tags: ['平台', '转接'], since: 2 },

  // ---- 发货物流 --------------------------------------------------------------------------------
  { key: 'ship-when', groupKey: 'shipping', title: '发货时间', text: '亲，我们会在页面承诺的发货时间内为您发货，发出后物流单号会同步到订单里，您在订单详情就能看到。', code: 'fh', stage: 'insale', tags: ['发货', '未发货'] },
  { key: 'ship-confirm-address', groupKey: 'shipping', title: '核对收货地址', text: '{买家}您好，订单已收到，请核对收货地址：{地址}，没问题的话我们尽快安排发货。', code: 'hddz', stage: 'insale', tags: ['地址', '变量'] },
  { key: 'ship-thanks', groupKey: 'shipping', title: '付款感谢', text: '谢谢亲的支持！订单{订单号}已付款成功，我们会按时发货，有问题随时找我。', code: 'gx', stage: 'insale', tags: ['感谢'] },
  { key: 'ship-courier', groupKey: 'shipping', title: '快递选择', text: '我们默认发{快递?}，需要指定快递请在备注里写明，能安排的尽量为您安排。', code: 'kd', stage: 'insale', tags: ['快递'] },
  { key: 'ship-tracking', groupKey: 'shipping', title: '查物流', text: '亲，您的包裹已经发出，单号在订单详情里能查到，物流信息一般几个小时后更新。', code: 'wl', stage: 'insale', tags: ['物流', '已发货'] },
  { key: 'ship-urge-on-time', groupKey: 'shipping', title: '催发货-未超时', text: '亲，您的订单还在承诺的发货时间内，预计{发货时间}发出，发出后物流会同步更新，请放心。', code: 'cfh', stage: 'insale', tags: ['催发货', '未发货'] },
  { key: 'ship-urge-today', groupKey: 'shipping', title: '催发货-今天发出', text: '亲，已经跟仓库确认过，您的包裹{发出时间?}发出，发出后物流一般几个小时内就能查到。', code: 'jtf', stage: 'insale', tags: ['催发货', '未发货'] },
  { key: 'ship-urge-overdue', groupKey: 'shipping', title: '催发货-已超时', text: '非常抱歉，您的订单超过了承诺的发货时间，我已经登记并催仓库优先处理，预计{发出时间?}给您发出。', code: 'csfh', stage: 'insale', tags: ['催发货', '致歉', '未发货'] },
  { key: 'ship-overdue-coupon', groupKey: 'shipping', title: '超时补偿', text: '发货晚了是我们的问题，给您申请了一张{金额?}元的店铺券作为补偿，再次向您道歉。', code: 'csbc', stage: 'insale', tags: ['催发货', '补偿'] },
  { key: 'ship-overdue-record', groupKey: 'shipping', title: '超时已登记', text: '您的情况我已经记录下来，仓库发出后我把单号发给您，有任何变化也会及时告诉您。', code: 'csdj', stage: 'insale', tags: ['催发货', '未发货'] },
  { key: 'ship-stuck', groupKey: 'shipping', title: '物流不更新', text: '亲，物流几天没更新确实让人着急，我这就联系快递核实，有消息马上回复您。', code: 'wlbd', stage: 'insale', tags: ['物流', '已发货'] },
  { key: 'ship-signed-missing', groupKey: 'shipping', title: '显示签收没收到', text: '物流显示已签收但您没收到的话，麻烦先问问家人、门卫或快递柜，我同时联系快递员核实。', code: 'qs2', stage: 'insale', tags: ['物流', '已发货'] },
  { key: 'ship-remote', groupKey: 'shipping', title: '偏远地区', text: '您的地址属于偏远地区，需要补{金额?}元运费，路上的时间也会长一些，请您理解。', code: 'py', stage: 'insale', tags: ['运费'] },
  { key: 'ship-split', groupKey: 'shipping', title: '分包裹发出', text: '亲，您的订单分成两个包裹发出，单号都在订单详情里，请留意查收。', code: 'fb', stage: 'insale', tags: ['物流', '已发货'] },
  { key: 'ship-holiday', groupKey: 'shipping', title: '节假日发货', text: '节假日仓库休息，{日期?}恢复发货，假期里的订单会按付款顺序依次发出。', code: 'jjr', stage: 'insale', tags: ['发货'] },

  // ---- 订单修改 --------------------------------------------------------------------------------
  { key: 'order-address-unshipped', groupKey: 'order', title: '改地址-未发货', text: '亲，订单还没发出，我现在就帮您改地址，请把新的收货地址发给我。', code: 'gdz', stage: 'insale', tags: ['改地址', '未发货'] },
  { key: 'order-address-shipped', groupKey: 'order', title: '改地址-已发货', text: '包裹已经发出了，我马上联系快递帮您改派；改不了的话可以拒收后重新下单，运费由我们承担。', code: 'gdzyf', stage: 'insale', tags: ['改地址', '已发货'] },
  { key: 'order-phone', groupKey: 'order', title: '修改收货手机号', text: '可以改的，把新的收货手机号发给我：还没发货的我直接改好给您核对，已经发出的我联系快递更新。', code: 'gsj', stage: 'insale', tags: ['改信息'], since: 2 },
  { key: 'order-sku-unshipped', groupKey: 'order', title: '改规格-未发货', text: '还没发货，可以帮您改成{规格?}，改好后我发给您确认一下。', code: 'ggg', stage: 'insale', tags: ['改规格', '未发货'] },
  { key: 'order-sku-shipped', groupKey: 'order', title: '改规格-已发货', text: '亲，包裹已经在路上了，规格改不了。收到后不拆封申请换货就可以，我帮您优先处理。', code: 'gggyf', stage: 'insale', tags: ['改规格', '已发货'] },
  { key: 'order-cancel-unshipped', groupKey: 'order', title: '取消订单-未发货', text: '好的亲，订单还没发货，您申请退款后我这边马上同意。', code: 'qxdd', stage: 'insale', tags: ['取消', '未发货'] },
  { key: 'order-cancel-shipped', groupKey: 'order', title: '取消订单-已发货', text: '包裹已经发出，我先帮您拦截；拦截不成功的话您拒收就行，退回后给您退款。', code: 'qxyf', stage: 'insale', tags: ['取消', '已发货'] },
  { key: 'order-forgot-coupon', groupKey: 'order', title: '忘用优惠券', text: '没关系亲，忘记用的{金额?}元优惠券，我这边给您退回同样的金额，请留意退款通知。', code: 'wyq', stage: 'insale', tags: ['优惠券', '退款'] },
  { key: 'order-merge', groupKey: 'order', title: '合并发货', text: '您拍了两笔订单，地址一样的话我们合成一个包裹发出，帮您省运费。', code: 'hbfh', stage: 'insale', tags: ['合并'] },
  { key: 'order-remark', groupKey: 'order', title: '备注已看到', text: '您的备注我们看到了：{备注?}，打包时会按您的要求处理。', code: 'bz', stage: 'insale', tags: ['备注'] },
  { key: 'order-add-item', groupKey: 'order', title: '追加商品同发', text: '您再拍的商品我们会和前一单一起发出，麻烦在备注里写上"合并发货"。', code: 'tf', stage: 'insale', tags: ['合并'] },
  { key: 'order-invoice-fix', groupKey: 'order', title: '修改发票信息', text: '发票信息可以修改，把正确的抬头和税号发给我，我重新帮您开。', code: 'xgfp', stage: 'insale', tags: ['发票'] },

  // ---- 配送收货（v2）-----------------------------------------------------------------------------
  { key: 'dlv-eta', groupKey: 'delivery', title: '到货时间-未发货', text: '亲，您这单预计{发货时间}发出，路上一般还要{时长?}，具体以物流页面显示的预计送达为准，我没法替快递保证哪天送到，有变化会及时告诉您。', code: 'dhsj', stage: 'insale', tags: ['到货时间', '未发货'], since: 2 },
  { key: 'dlv-eta-shipped', groupKey: 'delivery', title: '到货时间-已发货', text: '包裹已经在路上了，按物流页面显示，预计{日期?}前后送到，实际以快递派送为准，派件前快递员一般会先联系您。', code: 'dhyf', stage: 'insale', tags: ['到货时间', '已发货'], since: 2 },
  { key: 'dlv-urgent', groupKey: 'delivery', title: '急用能否加急', text: '您着急用的话，我在订单上备注优先打包；快递路上的时间我们控制不了，没法保证具体哪天到，您介意的话下单前再考虑一下。', code: 'jiaji', stage: 'presale', tags: ['到货时间', '加急'], since: 2 },
  { key: 'dlv-reschedule', groupKey: 'delivery', title: '改约派送时间', text: '可以的亲，我联系快递，请他们{派送时间?}再派送；您也可以在快递发来的派件通知里直接改约时间。', code: 'gysj', stage: 'insale', tags: ['派送', '已发货'], since: 2 },
  { key: 'dlv-pickup-point', groupKey: 'delivery', title: '驿站还是送货上门', text: '亲，放驿站还是送上门是当地快递网点安排的，我已经联系快递备注"{派送要求?}"，网点能不能照办要看当地情况，我跟进后告诉您。', code: 'yz', stage: 'insale', tags: ['派送', '驿站'], since: 2 },
  { key: 'dlv-locker', groupKey: 'delivery', title: '快递柜', text: '不想放快递柜的话，我帮您跟快递备注送货上门；已经放进柜子的，凭取件码就能取，超时会不会收费以快递柜的提示为准。', code: 'kdg', stage: 'insale', tags: ['派送', '快递柜', '已发货'], since: 2 },
  { key: 'dlv-away', groupKey: 'delivery', title: '暂时不在家', text: '您这几天不在家的话，把方便收货的时间告诉我，我联系快递延后派送或放到您指定的地方，能不能安排以快递网点的回复为准。', code: 'bzj', stage: 'insale', tags: ['派送', '已发货'], since: 2 },
  { key: 'dlv-chase-courier', groupKey: 'delivery', title: '催快递派送', text: '我这就联系快递催一下派送，{时长?}内把快递的回复告诉您；物流详情里也能看到派件员的联系方式。', code: 'cpj', stage: 'insale', tags: ['物流', '催件', '已发货'], since: 2 },

  // ---- 商品参数（v2）-----------------------------------------------------------------------------
  { key: 'prod-specs', groupKey: 'product', title: '规格参数', text: '这款的具体参数是：{参数?}。页面"规格参数"里也有完整说明，您还想确认哪一项？', code: 'gg', stage: 'presale', tags: ['参数'], since: 2 },
  { key: 'prod-shelf-life', groupKey: 'product', title: '保质期', text: '这款的保质期是{保质期?}，生产日期以收到的外包装为准，开封后请按包装上的方法保存。', code: 'bzq', stage: 'presale', tags: ['保质期', '食品'], since: 2 },
  { key: 'prod-date', groupKey: 'product', title: '生产日期', text: '您想确认生产日期的话，我去问一下仓库现在这批货的日期，{时长?}内回复您。', code: 'scrq', stage: 'presale', tags: ['保质期', '食品'], since: 2 },
  { key: 'prod-in-box', groupKey: 'product', title: '包装清单', text: '包装里有：{清单?}。收到后请先对照清单清点一下，少了哪样直接告诉我。', code: 'bzqd', stage: 'presale', tags: ['配件', '清单'], since: 2 },
  { key: 'prod-compat', groupKey: 'product', title: '型号是否适用', text: '方便告诉我您的{型号?}吗？我帮您核对能不能用，拿不准的我先问技术同事，免得买回去用不上。', code: 'sy', stage: 'presale', tags: ['参数', '适配'], since: 2 },
  { key: 'prod-age', groupKey: 'product', title: '适用年龄', text: '这款适合{适用年龄?}使用，材质和检测信息在详情页里，宝宝使用时建议大人在旁边看着。', code: 'synl', stage: 'presale', tags: ['母婴', '参数'], since: 2 },
  { key: 'prod-ingredients', groupKey: 'product', title: '配料成分', text: '配料表和营养成分在详情页的图片里，过敏原信息也印在包装上。您对哪种成分过敏可以告诉我，我帮您一起核对。', code: 'plb', stage: 'presale', tags: ['食品', '成分'], since: 2 },

  // ---- 保修安装（v2）-----------------------------------------------------------------------------
  { key: 'wty-policy', groupKey: 'warranty', title: '保修政策', text: '这款保修{保修期?}，保修期内非人为损坏的可以免费维修，具体以保修卡和页面说明为准，请保留好订单记录。', code: 'bx', stage: 'presale', tags: ['保修'], since: 2 },
  { key: 'wty-claim', groupKey: 'warranty', title: '申请保修', text: '给您添麻烦了，麻烦把问题拍个视频或照片发我，再说一下是怎么出现的，我确认后帮您安排维修或换新。', code: 'sqbx', stage: 'aftersale', tags: ['保修', '维修'], since: 2 },
  { key: 'wty-expired', groupKey: 'warranty', title: '过保维修', text: '这件已经过了保修期，仍然可以帮您寄修，维修费用会先报价给您，您同意了再修，不会直接扣费。', code: 'gbwx', stage: 'aftersale', tags: ['维修', '保修'], since: 2 },
  { key: 'wty-progress', groupKey: 'warranty', title: '维修进度', text: '您的维修件目前{处理进度?}，修好寄回后我把单号发给您。', code: 'wxjd', stage: 'aftersale', tags: ['维修', '进度'], since: 2 },
  { key: 'wty-install', groupKey: 'warranty', title: '安装服务', text: '安装的话{安装方式?}。安装前请先检查外包装和配件是否齐全，有缺件先别装，联系我处理。', code: 'az', stage: 'insale', tags: ['安装'], since: 2 },
  { key: 'wty-install-guide', groupKey: 'warranty', title: '安装指导', text: '安装步骤发给您：{安装步骤?}。装到哪一步卡住了，拍照发我，我帮您看。', code: 'azzd', stage: 'aftersale', tags: ['安装', '使用'], since: 2 },

  // ---- 发票开具（v2）-----------------------------------------------------------------------------
  { key: 'inv-special', groupKey: 'invoice', title: '专票所需信息', text: '可以开增值税专用发票，需要公司名称、税号、注册地址和电话、开户银行和账号，您发给我，核对后给您开。', code: 'zhp', stage: 'insale', tags: ['发票', '专票'], since: 2 },
  { key: 'inv-kind', groupKey: 'invoice', title: '电子还是纸质发票', text: '我们开的是{发票类型?}，电子发票和纸质发票效力相同，开好后{领取方式?}。', code: 'dzfp', stage: 'insale', tags: ['发票'], since: 2 },
  { key: 'inv-when', groupKey: 'invoice', title: '什么时候开票', text: '发票会在{开票时间?}开出，开好后在订单里能看到和下载，没看到的话随时问我。', code: 'kpsj', stage: 'insale', tags: ['发票'], since: 2 },

  // ---- 退换售后 --------------------------------------------------------------------------------
  { key: 'as-return-eligible', groupKey: 'aftersale', title: '退货-符合条件', text: '亲，您的情况符合七天无理由退货，请在订单里申请退货，寄回时保持商品完好、配件和包装齐全。', code: 'th', stage: 'aftersale', tags: ['退货'] },
  { key: 'as-exchange-eligible', groupKey: 'aftersale', title: '换货-符合条件', text: '可以换的亲，在订单里申请换货并写上要换的规格，我们收到退件后尽快发新的。', code: 'hh', stage: 'aftersale', tags: ['换货'] },
  { key: 'as-return-address', groupKey: 'aftersale', title: '退货地址', text: '申请通过后退货地址会显示在订单里，寄回时请在包裹里放一张写有订单号的纸条。', code: 'thdz', stage: 'aftersale', tags: ['退货'] },
  { key: 'as-refund-time', groupKey: 'aftersale', title: '退款时间', text: '我们收到退件检查无误后，{时长?}内处理退款，原路退回您的付款账户，到账时间以支付渠道为准。', code: 'tksj', stage: 'aftersale', tags: ['退款'] },
  { key: 'as-return-ineligible', groupKey: 'aftersale', title: '退货-不符合条件', text: '亲，这件{不能退的原因?}，按规则不能无理由退了。方便说说是哪里不满意吗？我们一起想办法。', code: 'bfh', stage: 'aftersale', tags: ['退货', '协商'] },
  { key: 'as-ask-photos', groupKey: 'aftersale', title: '请买家拍照', text: '给您添麻烦了，方便拍几张问题部位的照片发给我吗？我看一下好帮您处理。', code: 'pz', stage: 'aftersale', tags: ['核实'] },
  { key: 'as-quality-issue', groupKey: 'aftersale', title: '质量问题处理', text: '这是我们的问题，非常抱歉。您可以选择退货退款或换新，来回运费都由我们承担。', code: 'zlwt', stage: 'aftersale', tags: ['质量', '退货'] },
  { key: 'as-cheap-compensate', groupKey: 'aftersale', title: '小件补偿不退', text: '亲，这件价格不高，来回寄费不划算，给您补偿{金额?}元，东西您留着用，您看可以吗？', code: 'xjbc', stage: 'aftersale', tags: ['补偿', '小件'] },
  { key: 'as-cheap-resend', groupKey: 'aftersale', title: '小件直接补发', text: '少发或错发的部分我们直接给您补发，不用寄回，{补发时间?}安排。', code: 'bf', stage: 'aftersale', tags: ['补发', '小件'] },
  { key: 'as-missing-item', groupKey: 'aftersale', title: '少件核对', text: '亲，麻烦把收到的东西拍一张合照发我，我核对一下出库记录，确认少发马上给您补。', code: 'sf', stage: 'aftersale', tags: ['少件', '核实'] },
  { key: 'as-wrong-item', groupKey: 'aftersale', title: '发错货', text: '非常抱歉给您发错了。正确的商品{补发时间?}给您补发；错发的那件在订单里申请退货寄回就行，寄回运费由我们承担，寄出后把运费凭证发我。', code: 'fch', stage: 'aftersale', tags: ['发错', '补发'] },
  { key: 'as-damaged', groupKey: 'aftersale', title: '运输破损', text: '收到破损真的很抱歉，麻烦拍一下外包装和破损的地方，补发或退款您选一种，我马上办。', code: 'ps', stage: 'aftersale', tags: ['破损'] },
  { key: 'as-freight-insurance', groupKey: 'aftersale', title: '运费险', text: '您的订单带运费险的话，退货完成后保险会按它的规则赔付一笔运费，金额以保险核定为准，不一定等于实际寄回的运费。', code: 'yfx', stage: 'aftersale', tags: ['运费', '运费险'] },
  { key: 'as-size-exchange', groupKey: 'clothing', title: '尺码不合适换码', text: '尺码不合适可以换，申请换货时备注要换的尺码，我们收到退件后{时长?}内发出新的。', code: 'hm', stage: 'aftersale', tags: ['换货', '尺码'] },
  { key: 'as-progress', groupKey: 'aftersale', title: '售后进度', text: '您的售后申请我看到了，目前{处理进度?}，有变化我会及时告诉您。', code: 'shjd', stage: 'aftersale', tags: ['进度'] },
  { key: 'as-usage-guide', groupKey: 'aftersale', title: '使用问题指导', text: '可能是使用方法的问题，步骤发给您：{使用步骤?}。试过还不行的话给您换新。', code: 'syzd', stage: 'aftersale', tags: ['使用'] },
  { key: 'as-refund-done', groupKey: 'aftersale', title: '退款已处理', text: '退款已经处理好了，大约{时长?}到账，请留意查看。', code: 'tkcl', stage: 'aftersale', tags: ['退款'] },

  // ---- 投诉安抚 --------------------------------------------------------------------------------
  { key: 'cpl-apologise', groupKey: 'complaint', title: '先道歉安抚', text: '非常抱歉给您带来不好的体验，您先别着急，把情况告诉我，我负责帮您处理好。', code: 'dq', stage: 'aftersale', tags: ['投诉', '致歉'] },
  { key: 'cpl-listen', groupKey: 'complaint', title: '记录并核实', text: '您说的情况我都记下了，我先核实订单和物流，{时长?}内给您答复。', code: 'hshf', stage: 'aftersale', tags: ['投诉', '核实'] },
  { key: 'cpl-compensate', groupKey: 'complaint', title: '权限内补偿', text: '给您添麻烦了，我这边可以为您申请{金额?}元补偿，表示我们的歉意，您看可以吗？', code: 'pc', stage: 'aftersale', tags: ['投诉', '补偿'] },
  { key: 'cpl-escalate', groupKey: 'complaint', title: '超出权限转主管', text: '您的要求超出了我的处理权限，我已经把情况完整转给主管，{时长?}内会有人联系您。', code: 'zzg', stage: 'aftersale', tags: ['投诉', '请示'] },
  { key: 'cpl-follow-up', groupKey: 'complaint', title: '处理后回访', text: '亲，之前的问题现在解决了吗？还有不满意的地方请直接告诉我。', code: 'hf', stage: 'aftersale', tags: ['投诉', '回访'] },
  { key: 'cpl-thanks', groupKey: 'complaint', title: '感谢理解', text: '谢谢您的理解和耐心，这次的问题我们已经反馈给仓库，以后会多加注意。', code: 'gxlj', stage: 'aftersale', tags: ['投诉', '感谢'] },
  { key: 'cpl-before-platform', groupKey: 'complaint', title: '平台介入前沟通', text: '亲，我们很重视您的问题，在平台介入之前，能不能先给我一个机会处理？我会尽力让您满意。', code: 'ptjr', stage: 'aftersale', tags: ['投诉'] },
  { key: 'cpl-angry', groupKey: 'complaint', title: '买家情绪激动', text: '理解您现在很生气，换成我也会不高兴。我们一起把问题解决好，可以吗？', code: 'qx', stage: 'aftersale', tags: ['投诉', '安抚'] },

  // ---- 评价处理 --------------------------------------------------------------------------------
  { key: 'rev-contact', groupKey: 'review', title: '差评私聊沟通', text: '{买家}您好，看到您的评价，很抱歉没能让您满意。方便说说具体是哪里的问题吗？我们认真处理。', code: 'cp', stage: 'aftersale', tags: ['差评'] },
  { key: 'rev-ask-follow-up', groupKey: 'review', title: '请买家追评', text: '问题处理好后，如果您觉得满意，方便的话帮忙追评说明一下，非常感谢！', code: 'zpj', stage: 'aftersale', tags: ['差评', '追评'] },
  { key: 'rev-public-quality', groupKey: 'review', title: '公开回复-质量', text: '感谢您的反馈，给您带来不好的体验很抱歉。我们已主动联系您处理，也会加强发货前的检查。', code: 'hfzl', stage: 'aftersale', tags: ['差评', '公开回复'], publicReply: true },
  { key: 'rev-public-shipping', groupKey: 'review', title: '公开回复-物流', text: '抱歉让您久等了，这次包裹在{延误环节?}耽搁了，我们已经在跟进，也会继续改进发货和物流的衔接，感谢您的耐心。', code: 'hfwl', stage: 'aftersale', tags: ['差评', '公开回复'], publicReply: true },
  { key: 'rev-public-size', groupKey: 'clothing', title: '公开回复-尺码', text: '谢谢您的评价。这款版型偏修身，详情页有尺码建议，不合适可以联系客服换码。', code: 'hfcm', stage: 'aftersale', tags: ['差评', '公开回复'], publicReply: true },
  { key: 'rev-public-color', groupKey: 'review', title: '公开回复-色差', text: '感谢反馈。不同屏幕显示的颜色会有差别，我们会在详情页补充更多实物图，给您带来不便很抱歉。', code: 'hfsc', stage: 'aftersale', tags: ['差评', '公开回复'], publicReply: true },
  { key: 'rev-public-explain', groupKey: 'review', title: '公开回复-说明情况', text: '感谢留言。关于您提到的{问题?}，实际情况是{说明?}，有疑问欢迎随时联系客服。', code: 'hfsm', stage: 'aftersale', tags: ['差评', '公开回复'], publicReply: true },
  { key: 'rev-thanks-good', groupKey: 'review', title: '好评感谢', text: '谢谢亲的好评，您的满意是我们前进的动力，欢迎常来逛逛！', code: 'hp', stage: 'aftersale', tags: ['好评'] },
  { key: 'rev-invite', groupKey: 'review', title: '邀请评价', text: '收到商品后满意的话，麻烦帮忙给个评价，您的建议对我们很重要。', code: 'yqpj', stage: 'aftersale', tags: ['评价'] },

  // ---- 促成下单 --------------------------------------------------------------------------------
  { key: 'close-choice', groupKey: 'closing', title: '二选一', text: '亲，这两款都很适合您，您更喜欢{选项A?}还是{选项B?}呢？', code: 'exy', stage: 'presale', tags: ['促成'] },
  { key: 'close-help-choose', groupKey: 'closing', title: '帮买家拿主意', text: '按您说的用途，我更推荐{商品?}，实用又耐用，您看看？', code: 'bmx', stage: 'presale', tags: ['促成', '推荐'] },
  { key: 'close-scarcity', groupKey: 'closing', title: '库存紧张', text: '这个规格只剩{数量?}件了，喜欢的话可以先拍下，免得断货。', code: 'kcjz', stage: 'presale', tags: ['促成', '库存'] },
  { key: 'close-deadline', groupKey: 'closing', title: '限时提醒', text: '活动价到{活动截止?}结束，之后恢复原价。还在犹豫也不着急，可以先加入购物车，想好了再下单。', code: 'xs', stage: 'promotion', tags: ['促成', '截止'] },
  { key: 'close-try-small', groupKey: 'closing', title: '先少量试用', text: '不放心的话可以先买一件试试，满意了再多买，这样更稳妥。', code: 'xsl', stage: 'presale', tags: ['促成'] },
  { key: 'close-counter-question', groupKey: 'closing', title: '缺色反问', text: '亲，{缺货的款?}暂时没有，{有货的款?}都有现货，您更喜欢哪一个？', code: 'fw', stage: 'presale', tags: ['促成', '库存'] },
  { key: 'close-concern', groupKey: 'closing', title: '打消顾虑', text: '您还有哪方面不放心？跟我说说，我帮您一起看看。', code: 'gl', stage: 'presale', tags: ['促成'] },
  { key: 'close-cart', groupKey: 'closing', title: '加购提醒', text: '看好的商品可以先加入购物车，活动开始时一起结算更划算。', code: 'jgw', stage: 'promotion', tags: ['促成'] },
  { key: 'close-bundle', groupKey: 'closing', title: '搭配推荐', text: '这款和{商品?}搭配起来很好看，一起买还能凑满减。', code: 'dp', stage: 'presale', tags: ['促成', '推荐'] },
  { key: 'close-return-ease', groupKey: 'closing', title: '无理由退换放心', text: '这款{退换规则?}，收到不合适可以按规则退换，您可以放心选。', code: 'wly', stage: 'presale', tags: ['促成', '退换'] },
  { key: 'close-unpaid', groupKey: 'closing', title: '拍下未付款', text: '亲，看到您拍下还没付款，是遇到什么问题了吗？需要帮忙随时叫我。', code: 'wfk', stage: 'insale', tags: ['促成', '付款'] },
  { key: 'close-confirm', groupKey: 'closing', title: '下单前确认', text: '跟您确认一下：{商品}，{规格?}，{数量?}件，没问题的话可以直接付款了。', code: 'qr', stage: 'presale', tags: ['促成', '变量'] },

  // ---- 结束对话 --------------------------------------------------------------------------------
  { key: 'end-anything-else', groupKey: 'ending', title: '还有其他问题吗', text: '请问还有其他可以帮您的吗？', code: 'qt', stage: 'closing', tags: ['结束'] },
  { key: 'end-thanks', groupKey: 'ending', title: '感谢光临', text: '感谢您的光临，祝您购物愉快，有问题随时来找我。', code: 'gxgl', stage: 'closing', tags: ['结束', '感谢'] },
  { key: 'end-after-order', groupKey: 'ending', title: '下单后道别', text: '订单已经确认好了，我们会尽快发出，谢谢您的支持，期待您收到后喜欢！', code: 'xdh', stage: 'closing', tags: ['结束'] },
  { key: 'end-rate-service', groupKey: 'ending', title: '邀请服务评价', text: '如果我的服务对您有帮助，对话结束后麻烦给个评价，谢谢亲！', code: 'pj', stage: 'closing', tags: ['结束', '评价'] },
  { key: 'end-unresolved', groupKey: 'ending', title: '说明未完成事项', text: '您的{问题?}还在处理中，有结果我会主动联系您，不用再专门来问。', code: 'wwc', stage: 'closing', tags: ['结束'] },
  { key: 'end-contact', groupKey: 'ending', title: '留下联系方式', text: '后面有任何问题，直接在这个对话框找我就行，我是客服{客服}。', code: 'lx', stage: 'closing', tags: ['结束'] },
  { key: 'end-no-purchase', groupKey: 'ending', title: '未成交道别', text: '没关系，您可以再比较看看，有需要随时回来找我，祝您生活愉快。', code: 'wcj', stage: 'closing', tags: ['结束'] },
  { key: 'end-good-night', groupKey: 'ending', title: '晚安道别', text: '那就不打扰您休息了，晚安，有问题明天随时找我。', code: 'wa', stage: 'closing', tags: ['结束'] },
  { key: 'end-aftersale-done', groupKey: 'ending', title: '售后完结', text: '问题已经处理好了，给您添麻烦了，以后有任何问题随时联系我们。', code: 'shwj', stage: 'closing', tags: ['结束', '售后'] },
  { key: 'end-holiday', groupKey: 'ending', title: '节日祝福', text: '感谢您的支持，提前祝您节日快乐，欢迎下次光临！', code: 'jrzf', stage: 'closing', tags: ['结束'] },
];

export const STARTER_PHRASES: readonly StarterPhrase[] = PHRASES.map((p) => ({ ...p, examples: STARTER_EXAMPLES[p.key] ?? [] }));
