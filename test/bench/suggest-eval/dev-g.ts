/**
 * Development set G: buyer questions spread over the 27 topics of issue 10 in about the shares
 * it measured — delivery time, repair / warranty / installation, delivery arrangements (pickup
 * point, locker, not at home), product facts beyond clothing, invoices, price protection, payment
 * methods, coupons that won't claim, a changed phone number, chasing the courier, the platform's
 * own matters — next to the everyday ones (shipping, postage, stock, sizes, returns, faults).
 * Written terse, the way buyers type on each console: typos and pinyin-IME slips (包由, 发伙,
 * 保休), dialect and colloquial spellings (咋整, 搞快点, 木有, 伐), emoji, two asks in one
 * message, and second messages that refine the first (q as an array). About one in seven has no
 * fitting phrase.
 * Labels name every starter chat phrase (by key) that would be an acceptable next message; generic
 * holding phrases never count; both shipped / not-shipped variants when the message doesn't tell.
 * Its first bare figure was measured before the ranker looked at it (see the report of the
 * session that wrote it). A development set: never an example of a phrase
 * (test/unit/suggest-eval-set.test.ts checks). Report: report.ts --part=G.
 */
import type { EvalQuestion } from './types';

// When it arrives, the buyer not saying whether the parcel left yet.
const ETA = ['dlv-eta', 'dlv-eta-shipped'] as const;
// When it ships, asked before or just after paying.
const SHIP = ['ship-when', 'ship-urge-on-time', 'ship-urge-today'] as const;
// Shipping chased after paying, the promised time perhaps passed.
const URGE = ['ship-urge-on-time', 'ship-urge-today', 'ship-urge-overdue', 'ship-overdue-record'] as const;
// Availability asked without saying which it is.
const STOCK = ['stock-yes', 'stock-check', 'stock-out', 'close-scarcity'] as const;
// A device or appliance stopped working: a warranty claim, or a quality problem to look at.
const REPAIR = ['wty-claim', 'as-quality-issue', 'as-ask-photos'] as const;
// Arrived broken or spoilt.
const BROKEN = ['as-damaged', 'as-ask-photos', 'as-quality-issue'] as const;
// Something wrong with the item itself.
const FAULT = ['as-quality-issue', 'as-ask-photos'] as const;
// Price fell after buying.
const PRICE_DROP = ['promo-price-drop', 'promo-price-protect'] as const;
// Address changes when the buyer doesn't say whether it shipped.
const ADDRESS = ['order-address-unshipped', 'order-address-shipped'] as const;
// Cancelling when the buyer doesn't say whether it shipped.
const CANCEL = ['order-cancel-unshipped', 'order-cancel-shipped'] as const;
// Can I return it (the answer depends on the case).
const RETURN = ['as-return-eligible', 'as-return-ineligible', 'close-return-ease'] as const;
// Anger and complaints.
const COMPLAINT = ['cpl-apologise', 'cpl-angry', 'cpl-listen'] as const;

export const DEV_G: readonly EvalQuestion[] = [
  // ---- delivery time (今天能到吗) ---------------------------------------------------------------
  { q: '今天拍明天能到不', site: 'jd', fits: ['dlv-eta', 'dlv-urgent'] },
  { q: '发广州几天能到', site: 'pinduoduo', fits: [...ETA] },
  { q: '到上海大概要几天啊', site: 'qianniu', fits: [...ETA] },
  { q: '周六前能收到不 急着送人', site: 'doudian', fits: ['dlv-urgent', ...ETA] },
  { q: '几天能到货呀😊', site: 'doudian', fits: [...ETA] },
  { q: '从发货到收到大概多久', site: 'pinduoduo', fits: [...ETA] },
  { q: '我在哈尔滨 啥时候能到', site: 'jd', fits: [...ETA] },
  { q: '已经发了吧 预计哪天到', site: 'qianniu', fits: ['dlv-eta-shipped'] },
  { q: '后天过生日 今天拍还赶趟不', site: 'pinduoduo', fits: ['dlv-urgent', 'dlv-eta'] },
  { q: '能加急吗 周五要用', site: 'jd', fits: ['dlv-urgent'] },
  { q: '物流写明天送达 靠谱不', site: 'jd', fits: ['dlv-eta-shipped'] },
  { q: '下单后一般几天收到啊亲', site: 'qianniu', fits: [...ETA] },
  { q: '到我们县城得几天 乡下送不送', site: 'pinduoduo', fits: [...ETA, 'dlv-pickup-point'] },
  { q: '今天能到不😭等着用呢', site: 'doudian', fits: ['dlv-urgent', ...ETA] },
  { q: '大概几号能到我这', site: 'pinduoduo', fits: [...ETA] },
  { q: '江浙沪是不是隔天就到', site: 'qianniu', fits: [...ETA] },
  { q: '都三天了还没到 正常要几天', site: 'jd', fits: ['dlv-eta-shipped', 'ship-stuck', 'dlv-chase-courier'] },
  { q: '几天能dao啊', site: 'pinduoduo', fits: [...ETA] },
  { q: '到北京得多长时间', site: 'jd', fits: [...ETA] },
  { q: '下周一之前能送到吗 开学要带', site: 'doudian', fits: ['dlv-urgent', ...ETA] },
  { q: '嘛时候能到啊', site: 'pinduoduo', fits: [...ETA] },
  { q: ['这个多久能到', '我在成都'], site: 'qianniu', fits: [...ETA] },
  { q: ['发货了没', '那大概几号能收到'], site: 'jd', fits: ['dlv-eta-shipped', 'dlv-eta'] },

  // ---- shipping time and chasing it -----------------------------------------------------------
  { q: '啥时候能发出', site: 'pinduoduo', fits: [...SHIP] },
  { q: '拍了今儿能发不', site: 'doudian', fits: [...SHIP] },
  { q: '下午拍的当天能寄走吗', site: 'qianniu', fits: ['ship-when', 'ship-urge-today'] },
  { q: '付款两天了还不发货？？', site: 'pinduoduo', fits: [...URGE] },
  { q: '说好48小时发 这都第三天了', site: 'pinduoduo', fits: ['ship-urge-overdue', 'ship-overdue-record', 'ship-overdue-coupon'] },
  { q: '搞快点发嘛 等到起的', site: 'pinduoduo', fits: ['ship-urge-today', 'ship-urge-on-time'] },
  { q: '预售的几号发啊', site: 'doudian', fits: ['promo-presale', 'ship-when'] },
  { q: '发伙了没', site: 'pinduoduo', fits: [...SHIP, 'ship-tracking'] },
  { q: '周末仓库发货不', site: 'qianniu', fits: ['ship-when', 'ship-holiday'] },
  { q: '国庆放假还发货吗', site: 'jd', fits: ['ship-holiday'] },
  { q: '怎么一直待发货 都两天了', site: 'pinduoduo', fits: [...URGE] },
  { q: '能今天给我寄出去吗 拜托了🙏', site: 'doudian', fits: ['ship-urge-today', 'dlv-urgent'] },
  { q: '双十一期间发货会很慢吗', site: 'qianniu', fits: ['promo-busy-shipping', 'ship-when'] },
  { q: 'fahuo了吗 亲', site: 'pinduoduo', fits: [...SHIP, 'ship-tracking'] },
  { q: ['还有货不', '那啥时候能发'], site: 'qianniu', fits: ['ship-when', 'stock-yes', 'ship-urge-today'] },
  { q: '还有货吗 今天能发不', site: 'doudian', fits: [...STOCK, 'ship-when', 'ship-urge-today'] },

  // ---- tracking, stuck, signed but missing, split ---------------------------------------------
  { q: '物流一直没动 咋回事', site: 'pinduoduo', fits: ['ship-stuck', 'dlv-chase-courier'] },
  { q: '单号多少 发我下', site: 'jd', fits: ['ship-tracking'] },
  { q: '物流三天没更新了', site: 'qianniu', fits: ['ship-stuck', 'dlv-chase-courier'] },
  { q: '显示签收了 我压根没收到啊', site: 'pinduoduo', fits: ['ship-signed-missing'] },
  { q: '快递被别人签了 不是我', site: 'jd', fits: ['ship-signed-missing'] },
  { q: '只到了一个包裹 还有一个呢', site: 'qianniu', fits: ['ship-split', 'as-missing-item'] },
  { q: '查不到物流信息 是不是没发', site: 'pinduoduo', fits: ['ship-tracking', 'ship-stuck', ...URGE] },
  { q: '卡在中转站好几天了', site: 'jd', fits: ['ship-stuck', 'dlv-chase-courier'] },
  { q: 'wuliu咋不动了', site: 'pinduoduo', fits: ['ship-stuck', 'dlv-chase-courier'] },
  { q: ['我的快递到哪儿啦', '急着用啊'], site: 'doudian', fits: ['ship-tracking', 'dlv-urgent', 'dlv-chase-courier', 'dlv-eta-shipped'] },

  // ---- delivery arrangements: door, pickup point, locker, away -------------------------------
  { q: '能送货上门吗 别放驿站', site: 'pinduoduo', fits: ['dlv-pickup-point', 'dlv-locker'] },
  { q: '别塞快递柜 我取不了', site: 'jd', fits: ['dlv-locker', 'dlv-pickup-point'] },
  { q: '这周不在家 下周一再送行不', site: 'qianniu', fits: ['dlv-away', 'dlv-reschedule'] },
  { q: '出差了 快递能晚两天送吗', site: 'jd', fits: ['dlv-away', 'dlv-reschedule'] },
  { q: '快递放哪个驿站了 找不着', site: 'pinduoduo', fits: ['dlv-pickup-point', 'ship-signed-missing', 'dlv-chase-courier'] },
  { q: '让快递送之前先打个电话', site: 'jd', fits: ['dlv-pickup-point', 'order-remark'] },
  { q: '柜子超时了要收钱吗', site: 'pinduoduo', fits: ['dlv-locker'] },
  { q: '改成明天下午送可以不', site: 'jd', fits: ['dlv-reschedule'] },
  { q: '我自己去网点拿行不行', site: 'pinduoduo', fits: ['dlv-pickup-point'] },
  { q: '快递非让我去驿站取 说好送上门的', site: 'doudian', fits: ['dlv-pickup-point', 'dlv-chase-courier'] },
  { q: '能不能晚点再派 周末才在家', site: 'qianniu', fits: ['dlv-reschedule', 'dlv-away'] },
  { q: '丰巢的取件码在哪看', site: 'pinduoduo', fits: ['dlv-locker'] },
  { q: '放门卫室就行 帮我跟快递说下', site: 'jd', fits: ['dlv-pickup-point', 'order-remark'] },
  { q: ['这两天不在家', '放驿站吧'], site: 'pinduoduo', fits: ['dlv-pickup-point', 'dlv-away'] },

  // ---- chasing the courier --------------------------------------------------------------------
  { q: '帮我催下快递员 一直不送', site: 'pinduoduo', fits: ['dlv-chase-courier'] },
  { q: '快递员电话一直打不通', site: 'jd', fits: ['dlv-chase-courier'] },
  { q: '派送中一整天了 能催催吗', site: 'doudian', fits: ['dlv-chase-courier'] },
  { q: '快递员说今天不送了 这咋整', site: 'pinduoduo', fits: ['dlv-chase-courier', 'dlv-reschedule'] },
  { q: '都到我们市了就是不派 你们联系下快递呗', site: 'qianniu', fits: ['dlv-chase-courier', 'ship-stuck'] },

  // ---- courier choice, postage, remote areas --------------------------------------------------
  { q: '发啥快递', site: 'pinduoduo', fits: ['ship-courier'] },
  { q: '能发顺丰吗 补差价也行', site: 'jd', fits: ['ship-courier'] },
  { q: '我们这中通到不了 换一家', site: 'qianniu', fits: ['ship-courier'] },
  { q: '默认走哪家物流', site: 'doudian', fits: ['ship-courier'] },
  { q: '包由吗亲', site: 'pinduoduo', fits: ['pre-postage'] },
  { q: '运费要多少钱', site: 'qianniu', fits: ['pre-postage'] },
  { q: '新疆包不包邮', site: 'pinduoduo', fits: ['ship-remote', 'pre-postage'] },
  { q: '两件一起拍运费算一份不', site: 'qianniu', fits: ['pre-postage', 'order-merge'] },
  { q: '西藏要补多少邮费', site: 'jd', fits: ['ship-remote'] },
  { q: '满多少能包邮啊', site: 'doudian', fits: ['pre-postage', 'promo-fullcut'] },
  { q: 'baoyou buya', site: 'pinduoduo', fits: ['pre-postage'] },
  { q: '包邮吗 几天到', site: 'pinduoduo', fits: ['pre-postage', ...ETA] },
  { q: '发顺丰不 多久到', site: 'jd', fits: ['ship-courier', ...ETA] },

  // ---- repair, warranty, installation ---------------------------------------------------------
  { q: '保修多长时间', site: 'jd', fits: ['wty-policy'] },
  { q: '质保几年啊', site: 'qianniu', fits: ['wty-policy'] },
  { q: '保休吗 坏了咋办', site: 'pinduoduo', fits: ['wty-policy', 'wty-claim'] },
  { q: '用了一个月开不了机了', site: 'jd', fits: [...REPAIR] },
  { q: '吹风机突然不出热风', site: 'pinduoduo', fits: [...REPAIR] },
  { q: '电饭煲不加热了 还在保修期里', site: 'jd', fits: [...REPAIR] },
  { q: '过保了还给修吗 自费也行', site: 'jd', fits: ['wty-expired'] },
  { q: '寄去修的啥时候能修好', site: 'qianniu', fits: ['wty-progress'] },
  { q: '修好的寄回来没 单号给下', site: 'jd', fits: ['wty-progress'] },
  { q: '包安装不', site: 'jd', fits: ['wty-install'] },
  { q: '师傅上门装另外收钱吗', site: 'jd', fits: ['wty-install'] },
  { q: '是你们来装还是得自己装', site: 'qianniu', fits: ['wty-install', 'wty-install-guide'] },
  { q: '床不会装 有视频没', site: 'pinduoduo', fits: ['wty-install-guide'] },
  { q: '书桌装一半螺丝孔对不上', site: 'pinduoduo', fits: ['wty-install-guide', 'as-ask-photos'] },
  { q: '保修卡弄丢了还能保不', site: 'jd', fits: ['wty-policy'] },
  { q: '空调啥时候上门安', site: 'jd', fits: ['wty-install'] },
  { q: '洗衣机漏水 能派人来修吗', site: 'jd', fits: [...REPAIR] },
  { q: '质保多久 包不包安装', site: 'jd', fits: ['wty-policy', 'wty-install'] },
  { q: ['买的电水壶', '半年就不热了'], site: 'pinduoduo', fits: [...REPAIR] },
  { q: ['保修吗', '保几年的'], site: 'jd', fits: ['wty-policy'] },
  { q: ['要安装吗', '我家五楼没电梯'], site: 'qianniu', fits: ['wty-install'] },

  // ---- product facts: specs, shelf life, dates, box, compatibility, age, ingredients ---------
  { q: '保质期多久啊亲🍓', site: 'pinduoduo', fits: ['prod-shelf-life'] },
  { q: '拆开了能放几天', site: 'pinduoduo', fits: ['prod-shelf-life'] },
  { q: '收到要不要放冰箱', site: 'doudian', fits: ['prod-shelf-life'] },
  { q: '生产日期是几月的', site: 'pinduoduo', fits: ['prod-date'] },
  { q: '别给我发临期的 日期新不新', site: 'pinduoduo', fits: ['prod-date', 'prod-shelf-life'] },
  { q: '盒子里都有啥', site: 'jd', fits: ['prod-in-box'] },
  { q: '送充电器不', site: 'jd', fits: ['prod-in-box'] },
  { q: '配件齐不 带说明书吗', site: 'qianniu', fits: ['prod-in-box'] },
  { q: '尺寸多大的', site: 'jd', fits: ['prod-specs'] },
  { q: '净重多少', site: 'pinduoduo', fits: ['prod-specs'] },
  { q: '功率多大 费电不', site: 'jd', fits: ['prod-specs'] },
  { q: '电池充满能用多久', site: 'doudian', fits: ['prod-specs'] },
  { q: '适合多大的宝宝', site: 'pinduoduo', fits: ['prod-age'] },
  { q: '一岁半的能玩不', site: 'doudian', fits: ['prod-age'] },
  { q: '刚出生的宝宝能用不', site: 'jd', fits: ['prod-age'] },
  { q: '有没有加蔗糖', site: 'pinduoduo', fits: ['prod-ingredients'] },
  { q: '怀孕了能吃这个不', site: 'doudian', fits: ['prod-ingredients', 'pre-fit-yes', 'pre-fit-no'] },
  { q: '华为p40能用吗', site: 'jd', fits: ['prod-compat'] },
  { q: 'ipad第九代能用不', site: 'jd', fits: ['prod-compat'] },
  { q: '跟我家洗衣机配不配 型号发你', site: 'jd', fits: ['prod-compat'] },
  { q: '啥材质的 有没有味道', site: 'pinduoduo', fits: ['pre-material'] },
  { q: '这俩型号差在哪', site: 'jd', fits: ['pre-compare'] },
  { q: '第一次买 咋用啊', site: 'doudian', fits: ['pre-usage'] },
  { q: '冲奶粉水要多少度', site: 'pinduoduo', fits: ['pre-usage'] },
  { q: '洗澡能戴吗 防水不', site: 'jd', fits: ['prod-specs'] },
  { q: '屏幕是几寸的', site: 'jd', fits: ['prod-specs'] },
  { q: '一袋多少克', site: 'pinduoduo', fits: ['prod-specs'] },
  { q: '有防伪码吗 怕买到假的', site: 'qianniu', fits: ['pre-genuine'] },
  { q: '猫粮是啥配方 幼猫能吃不', site: 'pinduoduo', fits: ['prod-ingredients', 'prod-age'] },
  { q: ['奶粉', '保质期到什么时候'], site: 'jd', fits: ['prod-shelf-life', 'prod-date'] },
  { q: '这款是几代的 和老款有啥不一样', site: 'jd', fits: ['pre-compare', 'prod-specs'] },
  { q: '锅能用在电磁炉上不', site: 'pinduoduo', fits: ['prod-compat', 'prod-specs'] },

  // ---- invoices -------------------------------------------------------------------------------
  { q: '可以开票的吧', site: 'jd', fits: ['pre-invoice'] },
  { q: '开票要备注啥', site: 'qianniu', fits: ['pre-invoice'] },
  { q: '要开专票 需要提供啥资料', site: 'jd', fits: ['inv-special'] },
  { q: '发票是电子的吗', site: 'jd', fits: ['inv-kind'] },
  { q: '能开纸质的寄过来吗', site: 'jd', fits: ['inv-kind'] },
  { q: '发票啥时候开出来', site: 'jd', fits: ['inv-when'] },
  { q: '货都收了 发票还没见着', site: 'jd', fits: ['inv-when'] },
  { q: '发票抬头开错了 能重开吗', site: 'jd', fits: ['order-invoice-fix'] },
  { q: '税号少写了一位', site: 'qianniu', fits: ['order-invoice-fix'] },
  { q: '个人抬头能开吗', site: 'jd', fits: ['pre-invoice'] },
  { q: '发票和货一起寄吗', site: 'jd', fits: ['inv-kind', 'inv-when'] },
  { q: '公司报销要票 咋开', site: 'jd', fits: ['pre-invoice'] },
  { q: '一般纳税人 增票能开不', site: 'jd', fits: ['inv-special'] },
  { q: '能kaipiao吗', site: 'pinduoduo', fits: ['pre-invoice'] },
  { q: '能开专票不 纸质的还是电子的', site: 'jd', fits: ['inv-special', 'inv-kind'] },
  { q: ['亲 在么', '发票怎么弄'], site: 'jd', fits: ['pre-invoice'] },
  { q: ['专票能开吗亲', '公司要抵扣进项'], site: 'jd', fits: ['inv-special'] },

  // ---- price protection and price drops ------------------------------------------------------
  { q: '买完就降价了 能退差价吗', site: 'jd', fits: [...PRICE_DROP] },
  { q: '支持价保吗', site: 'jd', fits: ['promo-price-protect', 'promo-price-drop'] },
  { q: '保价几天的', site: 'jd', fits: ['promo-price-protect'] },
  { q: '昨天刚买今天便宜二十', site: 'pinduoduo', fits: [...PRICE_DROP] },
  { q: '降价了补我差价呗', site: 'doudian', fits: [...PRICE_DROP] },
  { q: '价保在哪申请', site: 'jd', fits: ['promo-price-protect', 'promo-price-drop'] },
  { q: ['上周买的', '今天看降了三十'], site: 'qianniu', fits: [...PRICE_DROP] },

  // ---- payment --------------------------------------------------------------------------------
  { q: '花呗能分期不', site: 'qianniu', fits: ['pre-pay-methods'] },
  { q: '可以货到付款不', site: 'pinduoduo', fits: ['pre-pay-methods'] },
  { q: '信用卡能刷吗', site: 'jd', fits: ['pre-pay-methods'] },
  { q: '支付一直失败', site: 'pinduoduo', fits: ['pre-pay-failed'] },
  { q: '付款时候提示有风险 付不了', site: 'qianniu', fits: ['pre-pay-failed'] },
  { q: '白条能用不', site: 'jd', fits: ['pre-pay-methods'] },
  { q: '能先用后付吗', site: 'pinduoduo', fits: ['pre-pay-methods'] },
  { q: '微信能付吗', site: 'doudian', fits: ['pre-pay-methods'] },

  // ---- coupons, promotions, bargaining --------------------------------------------------------
  { q: '券领不了 一直显示已抢光', site: 'pinduoduo', fits: ['promo-coupon-failed'] },
  { q: '优惠卷点了没反应', site: 'doudian', fits: ['promo-coupon-failed'] },
  { q: '领了券结账没减啊', site: 'qianniu', fits: ['promo-coupon-unused'] },
  { q: '有券没', site: 'pinduoduo', fits: ['promo-coupon', 'promo-newcomer'] },
  { q: '两张券能一块用不', site: 'qianniu', fits: ['promo-stack'] },
  { q: '付完才看到有券 能返我不', site: 'qianniu', fits: ['order-forgot-coupon'] },
  { q: '说我不符合使用条件？？', site: 'pinduoduo', fits: ['promo-coupon-failed', 'promo-coupon-unused'] },
  { q: ['领券了', '咋付款还是原价'], site: 'doudian', fits: ['promo-coupon-unused'] },
  { q: '能便宜点不 诚心要', site: 'pinduoduo', fits: ['pre-bargain'] },
  { q: '最低多少能出', site: 'pinduoduo', fits: ['pre-bargain'] },
  { q: '活动到哪天结束', site: 'doudian', fits: ['promo-deadline', 'close-deadline'] },
  { q: '满减咋算的', site: 'qianniu', fits: ['promo-fullcut'] },
  { q: '送啥赠品', site: 'doudian', fits: ['promo-gift'] },
  { q: '一个人限购几件', site: 'pinduoduo', fits: ['promo-limit'] },
  { q: '刚才还99 咋变129了', site: 'doudian', fits: ['promo-ended', 'promo-deadline'] },
  { q: '能便宜点不 再送个小礼物', site: 'pinduoduo', fits: ['pre-bargain', 'promo-gift'] },

  // ---- order changes: phone, address, spec, cancel, merge -------------------------------------
  { q: '手机号填错了 能改吗', site: 'pinduoduo', fits: ['order-phone'] },
  { q: '收件人电话换下 原来那个停机了', site: 'jd', fits: ['order-phone'] },
  { q: '电话少打了一位数', site: 'pinduoduo', fits: ['order-phone'] },
  { q: '换个手机号收快递短信', site: 'qianniu', fits: ['order-phone'] },
  { q: ['手机号写错了', '尾号应该是3721'], site: 'pinduoduo', fits: ['order-phone'] },
  { q: '手机号错了 地址也得改', site: 'pinduoduo', fits: ['order-phone', ...ADDRESS] },
  { q: '地趾写错了 帮我改下', site: 'pinduoduo', fits: [...ADDRESS] },
  { q: '都发货了还能改地址吗', site: 'jd', fits: ['order-address-shipped'] },
  { q: '能改送到公司吗', site: 'qianniu', fits: [...ADDRESS] },
  { q: '颜色拍错了 换成黑的', site: 'pinduoduo', fits: ['order-sku-unshipped', 'order-sku-shipped'] },
  { q: '不想要了 取消吧', site: 'doudian', fits: [...CANCEL] },
  { q: '手滑拍了两单 退一单', site: 'pinduoduo', fits: [...CANCEL] },
  { q: '两单能一块发吗', site: 'qianniu', fits: ['order-merge'] },
  { q: '再加一件能一起发不', site: 'qianniu', fits: ['order-add-item', 'order-merge'] },
  { q: '备注看到没 送人的别放价签', site: 'qianniu', fits: ['order-remark'] },
  { q: '已经发出了能拦回来吗 不要了', site: 'jd', fits: ['order-cancel-shipped'] },

  // ---- stock and bulk -------------------------------------------------------------------------
  { q: '还有货没', site: 'pinduoduo', fits: [...STOCK] },
  { q: '黑色L码还有吗', site: 'qianniu', fits: [...STOCK] },
  { q: '啥时候补货', site: 'pinduoduo', fits: ['stock-out', 'stock-notify'] },
  { q: '到货了吱一声', site: 'doudian', fits: ['stock-notify'] },
  { q: '要两百个 库存够不够', site: 'qianniu', fits: ['stock-bulk'] },
  { q: '量大批发价多少', site: 'qianniu', fits: ['stock-bulk-price'] },
  { q: '白色的还会再上吗', site: 'doudian', fits: ['stock-out', 'stock-notify'] },

  // ---- sizes ----------------------------------------------------------------------------------
  { q: '160 100斤穿啥码', site: 'doudian', fits: ['pre-size', 'pre-size-between'] },
  { q: '平时穿m 这款偏大还是偏小', site: 'qianniu', fits: ['pre-size', 'pre-size-between'] },
  { q: '38的脚 鞋码正不正', site: 'pinduoduo', fits: ['pre-size'] },
  { q: '孩子110公分拿几码', site: 'pinduoduo', fits: ['pre-size'] },
  { q: '尺马偏小吗', site: 'pinduoduo', fits: ['pre-size', 'pre-size-between'] },
  { q: '买小了能换大一码吗', site: 'qianniu', fits: ['as-size-exchange', 'as-exchange-eligible'] },

  // ---- returns, refunds, exchanges ------------------------------------------------------------
  { q: '到手不喜欢能退不', site: 'pinduoduo', fits: [...RETURN] },
  { q: '支持七天无理由伐', site: 'qianniu', fits: ['close-return-ease', 'as-return-eligible'] },
  { q: '退货往哪寄', site: 'pinduoduo', fits: ['as-return-address'] },
  { q: '退宽几天到', site: 'pinduoduo', fits: ['as-refund-time', 'as-refund-done'] },
  { q: '退货寄回去三天了 钱呢', site: 'pinduoduo', fits: ['as-refund-time', 'as-progress'] },
  { q: '退回去的运费谁出', site: 'jd', fits: ['as-freight-insurance', 'as-quality-issue'] },
  { q: '送运费险不', site: 'pinduoduo', fits: ['as-freight-insurance'] },
  { q: '申请了售后 咋没人处理', site: 'jd', fits: ['as-progress'] },
  { q: '收到不喜欢这个颜色 能换吗', site: 'qianniu', fits: ['as-exchange-eligible'] },
  { q: '吃了一半不好吃 能退不', site: 'pinduoduo', fits: ['as-return-ineligible', 'as-quality-issue'] },
  { q: '拆了包装还能退不', site: 'doudian', fits: ['as-return-eligible', 'as-return-ineligible'] },
  { q: '退货运费谁出 地址发我', site: 'pinduoduo', fits: ['as-freight-insurance', 'as-return-address'] },

  // ---- faults, damage, missing and wrong items ------------------------------------------------
  { q: '收到屏幕就是裂的', site: 'jd', fits: [...BROKEN] },
  { q: '箱子压扁了 里面好像还行', site: 'pinduoduo', fits: ['as-damaged', 'as-ask-photos'] },
  { q: '少发了一个', site: 'pinduoduo', fits: ['as-missing-item', 'as-cheap-resend'] },
  { q: '发错色了 我要的白的', site: 'doudian', fits: ['as-wrong-item'] },
  { q: '衣服上有线头还有污渍', site: 'qianniu', fits: [...FAULT] },
  { q: '穿了一次就起球 啥质量啊', site: 'pinduoduo', fits: [...FAULT] },
  { q: '桃子烂了好几个', site: 'pinduoduo', fits: [...BROKEN] },
  { q: '就几块钱的东西 退来退去麻烦', site: 'pinduoduo', fits: ['as-cheap-compensate', 'as-cheap-resend'] },
  { q: '洗发水漏了一箱子', site: 'doudian', fits: [...BROKEN] },
  { q: '耳机一边没声', site: 'jd', fits: [...REPAIR] },

  // ---- the platform's own matters -------------------------------------------------------------
  { q: '我的余额咋用不了', site: 'pinduoduo', fits: ['esc-platform'] },
  { q: '账号被限制下单 咋整', site: 'pinduoduo', fits: ['esc-platform'] },
  { q: '月付怎么关掉', site: 'doudian', fits: ['esc-platform'] },
  { q: '积分能抵钱吗', site: 'qianniu', fits: ['esc-platform'] },
  { q: '京豆一直没到账', site: 'jd', fits: ['esc-platform'] },
  { q: '多多钱包提现不了', site: 'pinduoduo', fits: ['esc-platform'] },
  { q: '淘宝账号登不上去 订单还在吗', site: 'qianniu', fits: ['esc-platform'] },
  { q: '88vip的券怎么用不了', site: 'qianniu', fits: ['esc-platform', 'promo-coupon-unused'] },

  // ---- greeting, closing, complaints ----------------------------------------------------------
  { q: '在不 问个事', site: 'pinduoduo', fits: ['greet-welcome', 'greet-named', 'greet-product'] },
  { q: '人呢 半天不回', site: 'pinduoduo', fits: ['greet-sorry-wait', 'greet-busy'] },
  { q: '要人工 别自动回复', site: 'jd', fits: ['greet-transfer'] },
  { q: '谢了哈', site: 'doudian', fits: ['end-thanks', 'end-anything-else'] },
  { q: '好的 那就这样 拜拜', site: 'qianniu', fits: ['end-thanks'] },
  { q: '我要投诉你们', site: 'jd', fits: [...COMPLAINT, 'cpl-before-platform'] },
  { q: '再不处理我就给差评了', site: 'pinduoduo', fits: [...COMPLAINT] },
  { q: '拍好了 尽快发哈', site: 'qianniu', fits: ['ship-thanks', 'end-after-order'] },
  { q: '把你们领导叫来', site: 'jd', fits: ['cpl-escalate', 'esc-authority'] },
  { q: ['好', '那我再看看'], site: 'doudian', fits: ['end-no-purchase', 'close-concern'] },
  { q: '我先问问我老公 他说了算', site: 'pinduoduo', fits: ['end-no-purchase'] },

  // ---- no fitting phrase ----------------------------------------------------------------------
  { q: '那咋办嘛', site: 'pinduoduo', fits: [] },
  { q: '然后勒', site: 'doudian', fits: [] },
  { q: '你们是厂家还是二道贩子', site: 'pinduoduo', fits: [] },
  { q: '能寄到马来西亚吗', site: 'qianniu', fits: [] },
  { q: '有同款的裤子吗', site: 'doudian', fits: [] },
  { q: '你们店晚上几点下班', site: 'pinduoduo', fits: [] },
  { q: '直播间今晚几点开播', site: 'doudian', fits: [] },
  { q: '你微信号多少', site: 'pinduoduo', fits: [] },
  { q: '模特穿的是哪个码 多高', site: 'qianniu', fits: [] },
  { q: '仓库在哪个城市', site: 'jd', fits: [] },
  { q: '旧的能以旧换新不', site: 'jd', fits: [] },
  { q: '好评返现有没有', site: 'pinduoduo', fits: [] },
  { q: '哈哈哈哈哈', site: 'doudian', fits: [] },
  { q: '啊这', site: 'pinduoduo', fits: [] },
  { q: '我闺蜜推荐来的', site: 'doudian', fits: [] },
  { q: '你们招不招兼职客服', site: 'pinduoduo', fits: [] },
  { q: '主播说的那个福利链接在哪', site: 'doudian', fits: [] },
  { q: '你们有实体店没', site: 'qianniu', fits: [] },
  { q: '能寄到澳门不', site: 'qianniu', fits: [] },
  { q: '想做你们家代理 怎么拿货', site: 'pinduoduo', fits: [] },
  { q: '明星同款吗这个', site: 'doudian', fits: [] },
  { q: '你们老板是哪里人', site: 'pinduoduo', fits: [] },
  { q: '帮我朋友也下一单行吗', site: 'pinduoduo', fits: [] },
  { q: '刚那条发错了 不是问你的', site: 'qianniu', fits: [] },
  { q: '你们那边下雪没', site: 'pinduoduo', fits: [] },
  { q: '买了先存你们那 下个月再发行吗', site: 'qianniu', fits: [] },
  { q: '客服你今年几岁', site: 'doudian', fits: [] },
  { q: '这个牌子是哪个国家的', site: 'jd', fits: [] },
  { q: '店里有卖男装吗', site: 'doudian', fits: [] },
  { q: '你们包装盒能回收吗', site: 'jd', fits: [] },
    { q: '拼单一直拼不成 还差一个人', site: 'pinduoduo', fits: [] },
  { q: '能帮我看看这个链接是不是你家的', site: 'pinduoduo', fits: [] },
  { q: '快递能寄到部队吗', site: 'jd', fits: [] },
  { q: ['嗯', '那怎么弄'], site: 'pinduoduo', fits: [] },
  { q: '手机快没电了 晚点聊', site: 'doudian', fits: [] },
  { q: '你们卖的是去年的款还是今年的', site: 'qianniu', fits: [] },
  { q: '看了好几家 你们家评价咋这么少', site: 'pinduoduo', fits: [] },
  { q: '能帮我拍个开箱视频不', site: 'doudian', fits: [] },
  { q: '你们家有小程序吗', site: 'jd', fits: [] },
  { q: '你们几个仓库啊 都从一个地方发吗', site: 'jd', fits: [] },
  { q: '之前那个客服小美呢', site: 'qianniu', fits: [] },
];
