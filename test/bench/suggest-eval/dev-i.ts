/**
 * Development set I: buyer wording on the topics where the intent table was weakest when it was
 * written — delivery time, repair / warranty / installation, delivery arrangements (reschedule,
 * pickup point, locker), product information beyond clothing (shelf life, specs, baby goods, what
 * is in the box), invoices, price protection, payment methods, coupons that can't be claimed,
 * changing the phone number or address, chasing the courier, platform / account questions — and
 * the usual returns, size, postage and shipping questions, in about the shares of issue 10.
 * Short and colloquial as typed on Qianniu, Pinduoduo, Doudian and JD: typos (卷 for 券, 漂 for
 * 票), a little pinyin, no punctuation, several questions in one message. About one in seven has
 * no fitting phrase (chit-chat, unrelated, context-only).
 * Labels name every starter chat phrase (by key) that would be an acceptable next message; generic
 * holding phrases never count; both shipped / not-shipped variants when the message doesn't tell.
 * Written before its author looked at the intent table; its first bare figure was measured before
 * the table was widened for it (see the report of the session that wrote it). A development set:
 * never an example of a phrase (test/unit/suggest-eval-set.test.ts checks). Report: report.ts --part=I.
 */
import { ETA, SHIP, URGE, STOCK, REPAIR, BROKEN, FAULT, PRICE_DROP, ADDRESS, RETURN, COMPLAINT } from './label-groups';
import type { EvalQuestion } from './types';

export const DEV_I: readonly EvalQuestion[] = [
  // ---- delivery time ---------------------------------------------------------------------------
  { q: '今天下单明天能到吗 急用', site: 'pinduoduo', fits: ['dlv-urgent', ...ETA] },
  { q: '发到成都要几天', site: 'jd', fits: [...ETA] },
  { q: '几天到货阿亲', site: 'qianniu', fits: [...ETA] },
  { q: '周六之前能不能收到 送人的', site: 'doudian', fits: ['dlv-urgent', ...ETA] },
  { q: '到新疆大概多久', site: 'pinduoduo', fits: [...ETA, 'ship-remote'] },
  { q: '今天能到不', site: 'jd', fits: [...ETA, 'dlv-urgent'] },
  { q: '下单后一般几天能收到', site: 'qianniu', fits: [...ETA] },
  { q: '我在乡镇上 几天能送到', site: 'pinduoduo', fits: [...ETA] },
  { q: '能不能后天前到 孩子开学要用', site: 'jd', fits: ['dlv-urgent', ...ETA] },
  { q: '发了的话大概什么时候到我这', site: 'qianniu', fits: [...ETA] },
  { q: '从哪里发的 到广州几天', site: 'doudian', fits: [...ETA] },
  { q: '啥时候能到手', site: 'pinduoduo', fits: [...ETA] },
  { q: '物流上写明天到 真能到吗', site: 'jd', fits: ['dlv-eta-shipped'] },
  { q: '多久到啊 着急', site: 'doudian', fits: [...ETA, 'dlv-urgent'] },
  { q: '拍下今天能发吗 几天到杭州', site: 'qianniu', fits: [...SHIP, ...ETA] },
  { q: '是不是次日达', site: 'jd', fits: [...ETA] },
  { q: '快递几天能送到 三天能到不', site: 'pinduoduo', fits: [...ETA] },
  { q: '过年前能收到吗', site: 'qianniu', fits: [...ETA, 'ship-holiday', 'dlv-urgent'] },
  { q: 'jitian能到', site: 'pinduoduo', fits: [...ETA] },

  // ---- repair / warranty / installation --------------------------------------------------------
  { q: '保休多久', site: 'jd', fits: ['wty-policy'] },
  { q: '坏了能免费修吗 才用了两个月', site: 'qianniu', fits: ['wty-claim', 'wty-policy'] },
  { q: '上门安装吗 要另外收费不', site: 'jd', fits: ['wty-install'] },
  { q: '空调包安装吗 送货上门装不装', site: 'jd', fits: ['wty-install'] },
  { q: '质保几年啊 电池保不保', site: 'pinduoduo', fits: ['wty-policy'] },
  { q: '开不了机了怎么办 买了半年', site: 'jd', fits: [...REPAIR] },
  { q: '维修要寄到哪里 运费谁出', site: 'qianniu', fits: ['wty-claim', 'wty-policy'] },
  { q: '有没有安装师傅 我自己不会装', site: 'doudian', fits: ['wty-install', 'wty-install-guide'] },
  { q: '保修卡弄丢了还能保修吗', site: 'jd', fits: ['wty-policy'] },
  { q: '安装教程有吗 视频也行', site: 'pinduoduo', fits: ['wty-install-guide'] },
  { q: '充不进电 还在保修期 可以换个新的吗', site: 'qianniu', fits: [...REPAIR] },
  { q: '售后电话多少', site: 'jd', fits: ['end-contact'] },
  { q: '我买的热水器什么时候来人安装', site: 'jd', fits: ['wty-install'] },
  { q: '屏幕有个坏点 保不保修', site: 'jd', fits: ['wty-policy', ...REPAIR] },

  // ---- delivery arrangements -------------------------------------------------------------------
  { q: '能不能晚几天再送 我这周不在家', site: 'jd', fits: ['dlv-away', 'dlv-reschedule'] },
  { q: '快递能放驿站吗 白天没人', site: 'pinduoduo', fits: ['dlv-pickup-point', 'dlv-away'] },
  { q: '可以放丰巢柜子吗', site: 'qianniu', fits: ['dlv-locker', 'dlv-pickup-point'] },
  { q: '别放快递柜 我要送货上门', site: 'pinduoduo', fits: ['dlv-locker', 'dlv-pickup-point'] },
  { q: '能约个时间送吗 周末在家', site: 'jd', fits: ['dlv-reschedule', 'dlv-away'] },
  { q: '可以指定顺丰吗 加钱也行', site: 'qianniu', fits: ['ship-courier'] },
  { q: '能不能发到自提点 我自己去拿', site: 'doudian', fits: ['dlv-pickup-point'] },
  { q: '送到门口还是放楼下', site: 'jd', fits: ['dlv-pickup-point'] },
  { q: '我要改成下周送 行不', site: 'jd', fits: ['dlv-reschedule', 'dlv-away'] },
  { q: '放门卫室就行 帮我备注下', site: 'pinduoduo', fits: ['dlv-pickup-point', 'dlv-away', 'order-remark'] },
  { q: '能发邮政吗 我们这只有邮政', site: 'pinduoduo', fits: ['ship-courier'] },
  { q: '快递员非要我下楼拿 能不能让他送上来', site: 'jd', fits: ['dlv-pickup-point'] },

  // ---- product information beyond clothing -----------------------------------------------------
  { q: '保质期多久的', site: 'pinduoduo', fits: ['prod-shelf-life'] },
  { q: '生产日期是几月的 新鲜不', site: 'qianniu', fits: ['prod-date', 'prod-shelf-life'] },
  { q: '这个奶粉几段的 适合几个月宝宝', site: 'jd', fits: ['prod-age', 'prod-specs'] },
  { q: '盒子里面都有啥 带充电器吗', site: 'jd', fits: ['prod-in-box'] },
  { q: '有没有数据线 还是要单独买', site: 'pinduoduo', fits: ['prod-in-box'] },
  { q: '功率多大 220v能用吗', site: 'jd', fits: ['prod-specs', 'prod-compat'] },
  { q: '内存多大的 是128还是256', site: 'jd', fits: ['prod-specs'] },
  { q: '宝宝能吃吗 有没有添加剂', site: 'qianniu', fits: ['prod-ingredients', 'prod-age'] },
  { q: '开封后能放多久 要冷藏吗', site: 'pinduoduo', fits: ['prod-shelf-life'] },
  { q: '这个是不是全新的 有没有被拆过', site: 'jd', fits: [] },
  { q: '配件全吗 里面有说明书没', site: 'qianniu', fits: ['prod-in-box'] },
  { q: '支持5g吗 双卡吗', site: 'jd', fits: ['prod-specs'] },
  { q: '防水吗 洗澡能戴不', site: 'doudian', fits: ['prod-specs'] },
  { q: '什么材质的 对宝宝安全吗 有没有味道', site: 'pinduoduo', fits: ['pre-material', 'prod-age'] },
  { q: '尺寸多大 长宽高是多少', site: 'jd', fits: ['prod-specs'] },
  { q: '一箱有几斤 净重多少', site: 'pinduoduo', fits: ['prod-specs'] },
  { q: '兼容苹果手机吗', site: 'qianniu', fits: ['prod-compat'] },
  { q: '是正品吗 有授权没', site: 'jd', fits: ['pre-genuine'] },
  { q: '这个零食孕妇能吃吗', site: 'doudian', fits: ['prod-ingredients'] },
  { q: '能用多久 续航怎么样', site: 'jd', fits: ['prod-specs'] },

  // ---- invoices --------------------------------------------------------------------------------
  { q: '能开发漂吗', site: 'jd', fits: ['pre-invoice'] },
  { q: '开专票需要什么信息 我发你税号', site: 'jd', fits: ['inv-special'] },
  { q: '发票是电子的还是纸质的', site: 'qianniu', fits: ['inv-kind'] },
  { q: '发票什么时候开 还没收到', site: 'jd', fits: ['inv-when'] },
  { q: '能不能开公司抬头', site: 'pinduoduo', fits: ['pre-invoice', 'inv-special'] },
  { q: '发票开错了能重开吗 抬头写错了', site: 'jd', fits: ['order-invoice-fix'] },
  { q: '开票要加税点吗', site: 'qianniu', fits: ['pre-invoice'] },
  { q: '电子发票在哪里下载', site: 'jd', fits: ['inv-when', 'inv-kind'] },
  { q: '可以开增值税专用发票吗', site: 'jd', fits: ['inv-special'] },
  { q: '发票跟货一起寄过来吗', site: 'qianniu', fits: ['inv-kind', 'inv-when'] },
  { q: '我要开个票 个人的', site: 'doudian', fits: ['pre-invoice'] },
  { q: '发票抬头怎么填 公司报销用', site: 'jd', fits: ['pre-invoice', 'inv-special'] },
  { q: '签收后多久能开票', site: 'qianniu', fits: ['inv-when'] },
  { q: 'fapiao能开不', site: 'pinduoduo', fits: ['pre-invoice'] },

  // ---- price protection ------------------------------------------------------------------------
  { q: '我刚买就降价了 能退差价吗', site: 'jd', fits: [...PRICE_DROP] },
  { q: '保价吗 几天保价', site: 'jd', fits: ['promo-price-protect'] },
  { q: '昨天买的今天便宜了二十 怎么说', site: 'pinduoduo', fits: [...PRICE_DROP] },
  { q: '你们价保吗 双十一会不会更便宜', site: 'qianniu', fits: ['promo-price-protect'] },
  { q: '申请价保申请不了', site: 'jd', fits: [...PRICE_DROP] },
  { q: '降价了 不退差价我就退货了', site: 'doudian', fits: [...PRICE_DROP] },
  { q: '买贵了 能补给我差价不', site: 'qianniu', fits: [...PRICE_DROP] },
  { q: '618价保几天啊', site: 'jd', fits: ['promo-price-protect'] },

  // ---- payment ---------------------------------------------------------------------------------
  { q: '能货到付款马', site: 'pinduoduo', fits: ['pre-pay-methods'] },
  { q: '可以花呗分期吗', site: 'qianniu', fits: ['pre-pay-methods'] },
  { q: '信用卡能刷不', site: 'jd', fits: ['pre-pay-methods'] },
  { q: '微信支付可以不', site: 'doudian', fits: ['pre-pay-methods'] },
  { q: '先用后付怎么开', site: 'pinduoduo', fits: ['pre-pay-methods'] },
  { q: '付款失败了怎么回事 一直付不了', site: 'qianniu', fits: ['pre-pay-failed'] },
  { q: '可以找人代付吗', site: 'qianniu', fits: ['pre-pay-methods'] },
  { q: '白条能分几期', site: 'jd', fits: ['pre-pay-methods'] },

  // ---- coupons ---------------------------------------------------------------------------------
  { q: '优惠卷领不了', site: 'qianniu', fits: ['promo-coupon-failed'] },
  { q: '券怎么用不了啊 满减没减', site: 'pinduoduo', fits: ['promo-coupon-unused', 'promo-fullcut'] },
  { q: '领了券下单没抵扣', site: 'jd', fits: ['promo-coupon-unused'] },
  { q: '怎么显示券已领完 还有吗', site: 'qianniu', fits: ['promo-coupon-failed'] },
  { q: '新人券用不了是为什么', site: 'pinduoduo', fits: ['promo-coupon-unused', 'promo-coupon-failed', 'promo-newcomer'] },
  { q: '下单的时候优惠券没用上 能补吗', site: 'doudian', fits: ['order-forgot-coupon', 'promo-coupon-unused'] },
  { q: '平台的券跟店里的券能一起用不', site: 'qianniu', fits: ['promo-stack'] },
  { q: '有没有优惠券 发我一张', site: 'pinduoduo', fits: ['promo-coupon', 'promo-newcomer'] },

  // ---- changing the phone number or address ----------------------------------------------------
  { q: '地址填错了 能改不', site: 'pinduoduo', fits: [...ADDRESS] },
  { q: '电话号码写错了 帮我改下', site: 'jd', fits: ['order-phone'] },
  { q: '收货人手机号能换一个吗 那个号不用了', site: 'qianniu', fits: ['order-phone'] },
  { q: '我要改地址 还没发货吧', site: 'doudian', fits: ['order-address-unshipped'] },
  { q: '能帮我改成公司地址吗', site: 'jd', fits: [...ADDRESS] },
  { q: '手机号少写了一位 怎么办', site: 'pinduoduo', fits: ['order-phone'] },
  { q: '已经发货了还能改地址吗', site: 'qianniu', fits: ['order-address-shipped'] },
  { q: '收件人名字写错了 要改吗', site: 'jd', fits: [...ADDRESS] },
  { q: '麻烦改下地址 改成小区北门', site: 'pinduoduo', fits: [...ADDRESS] },
  { q: '我搬家了 地址改一下 电话不变', site: 'qianniu', fits: [...ADDRESS] },

  // ---- chasing the courier ---------------------------------------------------------------------
  { q: '物流三天没懂了', site: 'pinduoduo', fits: ['ship-stuck'] },
  { q: '快递怎么一直不动 帮我催一下', site: 'qianniu', fits: ['ship-stuck', 'dlv-chase-courier'] },
  { q: '显示签收了但是我没收到', site: 'jd', fits: ['ship-signed-missing'] },
  { q: '物流信息好久没更新了 是不是丢了', site: 'pinduoduo', fits: ['ship-stuck'] },
  { q: '快递员电话打不通', site: 'jd', fits: ['dlv-chase-courier'] },
  { q: '到我们市里了怎么还不派送', site: 'doudian', fits: ['dlv-chase-courier', 'ship-stuck'] },
  { q: '帮我问问快递到哪了', site: 'qianniu', fits: ['ship-tracking', 'dlv-chase-courier', 'dlv-eta-shipped'] },
  { q: '显示派送中一整天了还没到', site: 'jd', fits: ['dlv-chase-courier'] },
  { q: '包裹是不是丢件了', site: 'pinduoduo', fits: ['ship-stuck'] },
  { q: '快递单号多少 我查一下', site: 'qianniu', fits: ['ship-tracking'] },
  { q: '物流停在中转站好几天了', site: 'pinduoduo', fits: ['ship-stuck'] },
  { q: '催催快递吧 等好久了', site: 'doudian', fits: ['dlv-chase-courier', 'ship-stuck'] },

  // ---- platform and account --------------------------------------------------------------------
  { q: '会员怎么开通', site: 'qianniu', fits: ['esc-platform', 'promo-member'] },
  { q: '余额怎么提现', site: 'pinduoduo', fits: ['esc-platform'] },
  { q: '我的账号登不上去了', site: 'jd', fits: ['esc-platform'] },
  { q: 'plus会员有什么优惠', site: 'jd', fits: ['esc-platform'] },
  { q: '怎么注销账号', site: 'pinduoduo', fits: ['esc-platform'] },
  { q: '积分怎么用', site: 'qianniu', fits: ['esc-platform'] },
  { q: '红包余额在哪里看', site: 'pinduoduo', fits: ['esc-platform'] },
  { q: '实名认证通不过怎么办', site: 'doudian', fits: ['esc-platform'] },

  // ---- returns and refunds ---------------------------------------------------------------------
  { q: '这个能退货不', site: 'pinduoduo', fits: [...RETURN] },
  { q: '不想要了怎么退', site: 'qianniu', fits: [...RETURN] },
  { q: '七天无理由吗 拆了还能退吗', site: 'jd', fits: [...RETURN] },
  { q: '退款神马时候到账', site: 'pinduoduo', fits: ['as-refund-time', 'as-refund-done'] },
  { q: '退货地址发我一下', site: 'qianniu', fits: ['as-return-address'] },
  { q: '我已经寄回去了 什么时候退钱', site: 'jd', fits: ['as-refund-time'] },
  { q: '吃了几口不合口味 能退么', site: 'doudian', fits: ['as-return-ineligible'] },
  { q: '退回去的邮费谁承担啊', site: 'pinduoduo', fits: ['as-freight-insurance'] },
  { q: '申请退款了怎么还没处理', site: 'qianniu', fits: ['as-progress'] },
  { q: '可以换货吗 换个颜色', site: 'doudian', fits: ['as-exchange-eligible'] },
  { q: '仅退款行不行 不想寄回去了', site: 'pinduoduo', fits: ['as-ask-photos', 'as-cheap-compensate'] },
  { q: '拒收了 钱什么时候退', site: 'jd', fits: ['as-refund-time'] },
  { q: '退货要原包装吗 盒子扔了', site: 'qianniu', fits: ['as-return-eligible', 'as-return-ineligible'] },
  { q: '商家一直不同意退款', site: 'pinduoduo', fits: ['as-progress', 'cpl-apologise'] },
  { q: '退款被驳回了为啥', site: 'doudian', fits: ['as-return-ineligible', 'as-progress'] },
  { q: '我要退货退款 质量太差', site: 'pinduoduo', fits: ['as-quality-issue', 'as-ask-photos'] },

  // ---- size ------------------------------------------------------------------------------------
  { q: '我身高165体重110穿什么码', site: 'qianniu', fits: ['pre-size', 'pre-size-between'] },
  { q: '尺吗偏大还是偏小', site: 'pinduoduo', fits: ['pre-size'] },
  { q: '脚长24码选多大', site: 'doudian', fits: ['pre-size'] },
  { q: '宝宝一岁半 穿多大的', site: 'pinduoduo', fits: ['pre-size', 'prod-age'] },
  { q: '码数标准吗 平时穿L', site: 'qianniu', fits: ['pre-size'] },
  { q: '大了能换小一码吗', site: 'qianniu', fits: ['as-size-exchange'] },

  // ---- postage ---------------------------------------------------------------------------------
  { q: '包不包邮呀', site: 'pinduoduo', fits: ['pre-postage'] },
  { q: '偏远地区包邮吗 我在西藏', site: 'jd', fits: ['ship-remote'] },
  { q: '运费多少钱', site: 'qianniu', fits: ['pre-postage'] },
  { q: '两件一起拍运费怎么算', site: 'qianniu', fits: ['pre-postage', 'order-merge'] },
  { q: '为啥要运费 别人家都包邮', site: 'pinduoduo', fits: ['pre-postage'] },
  { q: '邮费能便宜点吗', site: 'doudian', fits: ['pre-postage', 'pre-bargain'] },

  // ---- shipping time ---------------------------------------------------------------------------
  { q: '什么时候发货呀亲', site: 'pinduoduo', fits: [...SHIP] },
  { q: '今儿个能发出去吗', site: 'qianniu', fits: [...SHIP] },
  { q: '下午拍的今天发不发', site: 'doudian', fits: [...SHIP] },
  { q: '怎么还没发货 都三天了', site: 'pinduoduo', fits: [...URGE] },
  { q: '预售的啥时候发', site: 'doudian', fits: ['promo-presale'] },
  { q: '几点前下单当天发', site: 'jd', fits: ['ship-when'] },

  // ---- stock -----------------------------------------------------------------------------------
  { q: '这款还有货没得', site: 'pinduoduo', fits: [...STOCK] },
  { q: '这个颜色什么时候补货', site: 'qianniu', fits: ['stock-out', 'stock-notify'] },
  { q: '有现货吗 下单就发吗', site: 'doudian', fits: [...STOCK] },
  { q: '没货了还能拍吗', site: 'pinduoduo', fits: ['stock-out', 'stock-notify'] },

  // ---- arrived broken or wrong -----------------------------------------------------------------
  { q: '收到是坏的 盒子都压扁了', site: 'pinduoduo', fits: [...BROKEN] },
  { q: '发错了 我要的是白色的 给我发了黑色', site: 'qianniu', fits: ['as-wrong-item'] },
  { q: '少发了一件', site: 'jd', fits: ['as-missing-item', 'as-cheap-resend'] },
  { q: '东西漏了 洒了一箱子', site: 'pinduoduo', fits: [...BROKEN] },
  { q: '有质量问题 用了一次就坏了', site: 'doudian', fits: [...FAULT, 'wty-claim'] },
  { q: '收到的是过期的', site: 'pinduoduo', fits: ['as-quality-issue', 'as-ask-photos'] },

  // ---- price and discounts ---------------------------------------------------------------------
  { q: '能便宜点不', site: 'pinduoduo', fits: ['pre-bargain', 'esc-discount'] },
  { q: '多买有优惠吗 买三个', site: 'qianniu', fits: ['pre-bargain', 'promo-fullcut', 'stock-bulk-price'] },
  { q: '还有什么活动吗 什么时候打折', site: 'doudian', fits: ['promo-rules'] },
  { q: '老顾客有优惠吗', site: 'qianniu', fits: ['promo-member', 'pre-bargain'] },

  // ---- complaints ------------------------------------------------------------------------------
  { q: '态度这么差我要投诉你们', site: 'pinduoduo', fits: [...COMPLAINT, 'cpl-before-platform'] },
  { q: '给你差评了怎么样', site: 'pinduoduo', fits: ['rev-contact', ...COMPLAINT] },

  // ---- several questions in one message --------------------------------------------------------
  { q: '包邮吗 几天能到 能开发票吗', site: 'jd', fits: ['pre-postage', ...ETA, 'pre-invoice'] },
  { q: '保修多久 坏了寄哪里修 来回运费谁出', site: 'jd', fits: ['wty-policy', 'wty-claim'] },
  { q: '有没有现货 今天能发吗 到上海几天', site: 'qianniu', fits: [...STOCK, ...SHIP, ...ETA] },
  { q: '地址填错了能改吗 还没发货吧', site: 'pinduoduo', fits: ['order-address-unshipped'] },
  { q: '保质期多久 多买有优惠吗', site: 'pinduoduo', fits: ['prod-shelf-life', 'pre-bargain', 'promo-fullcut'] },
  { q: '能开专票吗 什么时候开 跟货一起寄吗', site: 'jd', fits: ['inv-special', 'inv-when', 'inv-kind'] },
  { q: ['亲 在不在呀', '保质期到哪天啊 麻烦看下'], site: 'qianniu', fits: ['prod-shelf-life'] },
  { q: ['我昨天拍的那个', '能不能改个电话'], site: 'pinduoduo', fits: ['order-phone'] },

  // ---- chit-chat, unrelated, context-only ------------------------------------------------------
  { q: '在吗亲 有人吗', site: 'pinduoduo', fits: ['greet-welcome', 'greet-named'] },
  { q: '嗯呢', site: 'qianniu', fits: [] },
  { q: '那咋办呢', site: 'jd', fits: [] },
  { q: '好的好的谢谢啦', site: 'doudian', fits: ['end-anything-else', 'end-thanks'] },
  { q: '哈哈哈你好逗', site: 'pinduoduo', fits: [] },
  { q: '你是真人还是自动回复', site: 'qianniu', fits: ['greet-transfer', 'greet-named'] },
  { q: '你们老板在不在', site: 'qianniu', fits: [] },
  { q: '今天天气真好', site: 'doudian', fits: [] },
  { q: '亲你下班了没', site: 'pinduoduo', fits: [] },
  { q: '那行吧', site: 'jd', fits: [] },
  { q: '我再想想吧', site: 'qianniu', fits: ['end-no-purchase', 'close-concern'] },
  { q: '算了算了', site: 'pinduoduo', fits: [] },
  { q: '你们公司在哪个城市', site: 'doudian', fits: [] },
  { q: '你家这店开多久了', site: 'pinduoduo', fits: [] },
  { q: '加个v聊吧', site: 'doudian', fits: [] },
  { q: '我是上次那个买杯子的', site: 'qianniu', fits: [] },
  { q: '然后嘞', site: 'jd', fits: [] },
  { q: '刚才那个', site: 'qianniu', fits: [] },
  { q: '明天再说吧', site: 'doudian', fits: [] },
  { q: '我朋友推荐过来的', site: 'pinduoduo', fits: [] },
  { q: '这个你们卖得好吗', site: 'qianniu', fits: [] },
  { q: '帮我看看这个链接', site: 'pinduoduo', fits: [] },
  { q: '哦哦哦', site: 'doudian', fits: [] },
  { q: '就这个吧', site: 'qianniu', fits: [] },
  { q: '怎么说', site: 'pinduoduo', fits: [] },
  { q: '能拍个实物视频给我看看吗', site: 'jd', fits: [] },
  { q: '这个能带上飞机吗', site: 'jd', fits: [] },
  { q: '帮我代买一下别家的行不', site: 'pinduoduo', fits: [] },
  { q: '你们仓库在哪', site: 'qianniu', fits: [] },
  { q: '我儿子说这个好用', site: 'doudian', fits: [] },
  { q: '东西到了 蛮好的', site: 'jd', fits: ['rev-invite', 'end-thanks'] },
  { q: '线下有门店没', site: 'jd', fits: [] },
  { q: '能寄到美国吗', site: 'qianniu', fits: [] },
  { q: '我妈让我问问', site: 'pinduoduo', fits: [] },
  { q: '额额额', site: 'doudian', fits: [] },
  { q: '等下 我问下我老公', site: 'qianniu', fits: [] },
  { q: '好 我去看看', site: 'pinduoduo', fits: [] },
];
