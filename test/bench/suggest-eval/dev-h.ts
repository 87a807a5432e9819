/**
 * Development set H: voices the other sets lack, over the 27 topics of issue 10 in about its
 * shares. Voice-to-text transcriptions (homophones, no punctuation, 那个那个, 就是说), older
 * buyers (very polite, long-winded, 麻烦你了姑娘), live-stream buyers (主播说的, 链接, 福袋,
 * 直播间), Pinduoduo group-buy (拼单, 砍一刀, 百亿补贴), wholesale and company buyers (批发,
 * 对公, 公司开票), overseas / Hong Kong / Taiwan buyers (traditional characters, 運費, 寄到香港)
 * and buyers mixing English (size, refund, order). About one in seven has no fitting phrase.
 * Labels name every starter chat phrase (by key) that would be an acceptable next message; generic
 * holding phrases never count; both shipped / not-shipped variants when the message doesn't tell.
 * Its first bare figure was measured before the ranker looked at it (see the report of the
 * session that wrote it). A development set: never an example of a phrase
 * (test/unit/suggest-eval-set.test.ts checks). Report: report.ts --part=H.
 */
import { ETA, SHIP, URGE, STOCK, REPAIR, BROKEN, FAULT, PRICE_DROP, ADDRESS, CANCEL, RETURN, COMPLAINT } from './label-groups';
import type { EvalQuestion } from './types';

export const DEV_H: readonly EvalQuestion[] = [
  // ---- delivery time ---------------------------------------------------------------------------
  { q: '那个那个我想问一下就是这个东西几天能到我们这边', site: 'pinduoduo', fits: [...ETA] },
  { q: '你好姑娘 麻烦问一下 我在山东济南 买了以后大概要几天才能收到呢 谢谢你了', site: 'jd', fits: [...ETA] },
  { q: '主播说今天拍明天就到 真的假的', site: 'doudian', fits: [...ETA, 'dlv-urgent'] },
  { q: '寄到台北要幾天', site: 'qianniu', fits: [] },
  { q: 'delivery要几天啊', site: 'qianniu', fits: [...ETA] },
  { q: '几天能倒 在线等', site: 'pinduoduo', fits: [...ETA] },
  { q: '百亿补贴的也是正常时间到吗', site: 'pinduoduo', fits: [...ETA] },
  { q: '我下礼拜三要出门 在那之前能不能送到啊', site: 'jd', fits: ['dlv-urgent', ...ETA] },
  { q: '多久能收到貨', site: 'qianniu', fits: [...ETA] },
  { q: '就是说我今天下单的话呃什么时候能收到', site: 'doudian', fits: [...ETA] },
  { q: '我这是北京朝阳区 拍了明天能到么 老人等着用', site: 'jd', fits: ['dlv-urgent', ...ETA] },
  { q: 'order已经发了 大概哪天到', site: 'qianniu', fits: ['dlv-eta-shipped'] },

  // ---- shipping time and chasing it -------------------------------------------------------------
  { q: '那个什么时候发货啊我都等了好久了', site: 'pinduoduo', fits: [...URGE] },
  { q: '您好 请问我前天下的订单 什么时候能给我发出去呀 不着急 就是问一下', site: 'jd', fits: [...SHIP] },
  { q: '直播间拍的 几号发货', site: 'doudian', fits: [...SHIP, 'promo-presale'] },
  { q: '拼单成功了怎么还不发货', site: 'pinduoduo', fits: [...URGE] },
  { q: '幾時發貨', site: 'qianniu', fits: [...SHIP] },
  { q: '请问什么时候ship', site: 'qianniu', fits: [...SHIP] },
  { q: '发或了吗', site: 'pinduoduo', fits: [...SHIP, 'ship-tracking'] },
  { q: '都超过七十二小时了还没发 你们这是虚假发货吧', site: 'pinduoduo', fits: ['ship-urge-overdue', 'ship-overdue-record', 'ship-overdue-coupon'] },
  { q: '福袋什么时候发', site: 'doudian', fits: [...SHIP] },
  { q: '过年前还发货不', site: 'pinduoduo', fits: ['ship-holiday', 'ship-when'] },
  { q: '今天能不能发出 明天要走亲戚送人', site: 'jd', fits: ['ship-urge-today', 'dlv-urgent'] },
  { q: '发了没有啊 发了告诉我一声', site: 'qianniu', fits: [...SHIP, 'ship-tracking'] },

  // ---- tracking, stuck, signed but missing ------------------------------------------------------
  { q: '快递单号发我一下谢谢', site: 'pinduoduo', fits: ['ship-tracking'] },
  { q: '我老头子不会看手机 你帮我看看快递到哪里了好吗', site: 'jd', fits: ['ship-tracking', 'dlv-eta-shipped'] },
  { q: '物流好几天都不动了是不是丢件了', site: 'pinduoduo', fits: ['ship-stuck', 'dlv-chase-courier'] },
  { q: '物流資訊一直沒更新', site: 'qianniu', fits: ['ship-stuck', 'dlv-chase-courier'] },
  { q: 'tracking number多少', site: 'qianniu', fits: ['ship-tracking'] },
  { q: '显示已经签收了但是我家里人说没有收到啊', site: 'jd', fits: ['ship-signed-missing'] },
  { q: '那个那个快递显示签收了可我没拿到', site: 'pinduoduo', fits: ['ship-signed-missing'] },
  { q: '怎么只收到一个 说是两件', site: 'doudian', fits: ['ship-split', 'as-missing-item'] },
  { q: '我的包裹在哪儿 查一下', site: 'doudian', fits: ['ship-tracking'] },

  // ---- delivery arrangements ------------------------------------------------------------------
  { q: '我腿脚不方便 能不能让快递给送到家里 不要放到那个驿站', site: 'jd', fits: ['dlv-pickup-point', 'dlv-locker'] },
  { q: '不要放柜子里 我不会用那个柜子', site: 'jd', fits: ['dlv-locker', 'dlv-pickup-point'] },
  { q: '这几天出门旅游了 能晚点送吗', site: 'qianniu', fits: ['dlv-away', 'dlv-reschedule'] },
  { q: '能不能周末再送 工作日家里没人', site: 'pinduoduo', fits: ['dlv-reschedule', 'dlv-away'] },
  { q: '快递放哪了 取件码没收到', site: 'pinduoduo', fits: ['dlv-pickup-point', 'dlv-locker', 'ship-signed-missing'] },
  { q: '送货前打电话给我 我耳朵背 打两遍', site: 'jd', fits: ['dlv-pickup-point', 'order-remark'] },

  // ---- chasing the courier ----------------------------------------------------------------------
  { q: '快递员一直不派送 你们帮我催催', site: 'pinduoduo', fits: ['dlv-chase-courier'] },
  { q: '那个快递小哥电话打不通啊怎么办', site: 'doudian', fits: ['dlv-chase-courier'] },
  { q: '到了我们这个镇上三天了不给送', site: 'pinduoduo', fits: ['dlv-chase-courier', 'ship-stuck'] },
  { q: '幫我催一下快遞', site: 'qianniu', fits: ['dlv-chase-courier'] },

  // ---- courier, postage, remote ---------------------------------------------------------------
  { q: '那个包油的吧', site: 'pinduoduo', fits: ['pre-postage'] },
  { q: '请问一下邮费是多少钱 我们老年人不太懂 谢谢', site: 'jd', fits: ['pre-postage'] },
  { q: '運費多少', site: 'qianniu', fits: ['pre-postage'] },
  { q: '免運嗎', site: 'qianniu', fits: ['pre-postage'] },
  { q: 'free shipping吗', site: 'qianniu', fits: ['pre-postage'] },
  { q: '寄到香港運費怎麼算', site: 'qianniu', fits: [] },
  { q: '发什么快递 能不能发邮政 我们这里只有邮政', site: 'pinduoduo', fits: ['ship-courier'] },
  { q: '可以发顺丰到付吗', site: 'jd', fits: ['ship-courier'] },
  { q: '我们青海的要不要加邮费', site: 'pinduoduo', fits: ['ship-remote', 'pre-postage'] },
  { q: '拍两件运费怎么算 能一起寄么', site: 'qianniu', fits: ['pre-postage', 'order-merge'] },
  { q: '直播间说包邮的 怎么还收我运费', site: 'doudian', fits: ['pre-postage', 'promo-rules'] },

  // ---- repair, warranty, installation ---------------------------------------------------------
  { q: '这个保修几年 坏了去哪里修', site: 'jd', fits: ['wty-policy', 'wty-claim'] },
  { q: '保修期多久啊 那个那个电机保几年', site: 'jd', fits: ['wty-policy'] },
  { q: '保固多久', site: 'qianniu', fits: ['wty-policy'] },
  { q: 'warranty多久', site: 'jd', fits: ['wty-policy'] },
  { q: '买回来用了没几天就不转了 这是咋回事', site: 'pinduoduo', fits: [...REPAIR] },
  { q: '您好 我去年在你们家买的电暖器 今年拿出来一开就跳闸 麻烦帮看看怎么处理', site: 'jd', fits: [...REPAIR, 'wty-expired'] },
  { q: '過保了還能修嗎', site: 'qianniu', fits: ['wty-expired'] },
  { q: '送修的那个修好了没', site: 'jd', fits: ['wty-progress'] },
  { q: '包不包安装 我一个老太太装不了', site: 'jd', fits: ['wty-install'] },
  { q: '安装师傅什么时候上门', site: 'jd', fits: ['wty-install'] },
  { q: '有没有安装视频 那个说明书看不懂', site: 'pinduoduo', fits: ['wty-install-guide'] },
  { q: '这个要自己装吗还是送来就是装好的', site: 'doudian', fits: ['wty-install', 'wty-install-guide'] },
  { q: '充不进电了 还在保修里', site: 'jd', fits: [...REPAIR] },

  // ---- product facts beyond clothing -----------------------------------------------------------
  { q: '这个保质期多长时间 我买了给孙子吃的', site: 'pinduoduo', fits: ['prod-shelf-life'] },
  { q: '保质期到几时', site: 'doudian', fits: ['prod-shelf-life', 'prod-date'] },
  { q: '福袋里的零食是新日期吗', site: 'doudian', fits: ['prod-date', 'prod-shelf-life'] },
  { q: '生產日期是什麼時候', site: 'qianniu', fits: ['prod-date'] },
  { q: '包装里有什么配件 有没有电源线', site: 'jd', fits: ['prod-in-box'] },
  { q: '盒子里有說明書嗎', site: 'qianniu', fits: ['prod-in-box'] },
  { q: '尺寸是多少 长宽高', site: 'jd', fits: ['prod-specs'] },
  { q: '这个多重 我拿得动不', site: 'jd', fits: ['prod-specs'] },
  { q: '容量多大 几升的', site: 'pinduoduo', fits: ['prod-specs'] },
  { q: '电压是220的吗 香港能用吗', site: 'qianniu', fits: ['prod-specs', 'prod-compat'] },
  { q: '适合几岁的小孩 我外孙三岁', site: 'jd', fits: ['prod-age'] },
  { q: '配料表有没有添加剂 糖尿病人能吃吗', site: 'pinduoduo', fits: ['prod-ingredients', 'pre-fit-yes', 'pre-fit-no'] },
  { q: '苹果14能不能用这个壳', site: 'pinduoduo', fits: ['prod-compat'] },
  { q: '跟我那个旧型号通用吗', site: 'jd', fits: ['prod-compat'] },
  { q: '什么材料做的 有甲醛吗', site: 'pinduoduo', fits: ['pre-material'] },
  { q: '主播手上那个和链接里的是一样的吗', site: 'doudian', fits: ['pre-compare'] },
  { q: '这个怎么用啊 我妈不会用', site: 'pinduoduo', fits: ['pre-usage'] },
  { q: '百亿补贴买的保真吗', site: 'pinduoduo', fits: ['pre-genuine'] },
  { q: '是正貨嗎', site: 'qianniu', fits: ['pre-genuine'] },

  // ---- clothing: sizes, material, colour ------------------------------------------------------
  { q: '我一米六五一百二十斤穿多大号的', site: 'doudian', fits: ['pre-size', 'pre-size-between'] },
  { q: 'size偏大还是偏小', site: 'qianniu', fits: ['pre-size', 'pre-size-between'] },
  { q: '尺碼怎麼選', site: 'qianniu', fits: ['pre-size'] },
  { q: '主播穿的是什么码 我跟她差不多', site: 'doudian', fits: ['pre-size'] },
  { q: '那个那个穿四十码的鞋拿几号', site: 'pinduoduo', fits: ['pre-size'] },
  { q: '有色差吗 跟直播间看到的一样不', site: 'doudian', fits: ['pre-color'] },
  { q: '洗了会缩水吗 怎么洗', site: 'pinduoduo', fits: ['pre-care'] },

  // ---- invoices -------------------------------------------------------------------------------
  { q: '公司采购 能开发票吗', site: 'jd', fits: ['pre-invoice'] },
  { q: '能开增值税专用发票吗 我们公司是一般纳税人', site: 'jd', fits: ['inv-special'] },
  { q: '开专票要提供什么 开户行账号要吗', site: 'jd', fits: ['inv-special'] },
  { q: '可以開發票嗎', site: 'qianniu', fits: ['pre-invoice'] },
  { q: 'invoice能开吗', site: 'qianniu', fits: ['pre-invoice'] },
  { q: '电子发票还是纸的 纸的寄吗', site: 'jd', fits: ['inv-kind'] },
  { q: '发票什么时候能开好 财务催了', site: 'jd', fits: ['inv-when'] },
  { q: '抬头开错了 要重新开一张', site: 'jd', fits: ['order-invoice-fix'] },
  { q: '那个发飘能开吗', site: 'pinduoduo', fits: ['pre-invoice'] },
  { q: '拼多多买的也能开票吗', site: 'pinduoduo', fits: ['pre-invoice'] },

  // ---- price protection ------------------------------------------------------------------------
  { q: '我昨天买的今天直播间便宜了三十 能退差价不', site: 'doudian', fits: [...PRICE_DROP] },
  { q: '刚买完百亿补贴就降价了', site: 'pinduoduo', fits: [...PRICE_DROP] },
  { q: '有沒有價保', site: 'qianniu', fits: ['promo-price-protect', 'promo-price-drop'] },
  { q: '降价了能补差价吗 order是上周的', site: 'qianniu', fits: [...PRICE_DROP] },

  // ---- payment --------------------------------------------------------------------------------
  { q: '可以对公转账吗', site: 'jd', fits: ['pre-pay-methods'] },
  { q: '能用支付宝付吗 我没有微信', site: 'doudian', fits: ['pre-pay-methods'] },
  { q: '付款一直付不了 老是失败 我按了好几次了', site: 'pinduoduo', fits: ['pre-pay-failed'] },
  { q: '可以用信用卡嗎', site: 'qianniu', fits: ['pre-pay-methods'] },
  { q: '能不能分期付款', site: 'jd', fits: ['pre-pay-methods'] },
  { q: '先用后付能用不', site: 'pinduoduo', fits: ['pre-pay-methods'] },

  // ---- coupons, promotions, bargaining --------------------------------------------------------
  { q: '优惠券领不到 点了没反应', site: 'pinduoduo', fits: ['promo-coupon-failed'] },
  { q: '主播说的那个券在哪领', site: 'doudian', fits: ['promo-coupon'] },
  { q: '券用不上 付款还是原价', site: 'doudian', fits: ['promo-coupon-unused'] },
  { q: '優惠券怎麼用', site: 'qianniu', fits: ['promo-coupon'] },
  { q: '能不能再便宜点 老主顾了', site: 'pinduoduo', fits: ['pre-bargain'] },
  { q: '便宜点呗 砍一刀也行', site: 'pinduoduo', fits: ['pre-bargain'] },
  { q: '满减是怎么算的 凑单能减吗', site: 'qianniu', fits: ['promo-fullcut'] },
  { q: '直播间的价格啥时候结束', site: 'doudian', fits: ['promo-deadline', 'close-deadline'] },
  { q: '一个人能买几个 我想多买点', site: 'pinduoduo', fits: ['promo-limit'] },
  { q: '有赠品吗 送什么', site: 'doudian', fits: ['promo-gift'] },
  { q: '付完款才领券 能退我那几块钱吗', site: 'qianniu', fits: ['order-forgot-coupon'] },
  { q: '新人有优惠没', site: 'pinduoduo', fits: ['promo-newcomer', 'promo-coupon'] },
  { q: '刚才直播间还是九块九 怎么恢复原价了', site: 'doudian', fits: ['promo-ended', 'promo-deadline'] },

  // ---- order changes ---------------------------------------------------------------------------
  { q: '电话号码写错了 能帮我改一下吗', site: 'pinduoduo', fits: ['order-phone'] },
  { q: '那个那个收货电话我想换成我儿子的', site: 'jd', fits: ['order-phone'] },
  { q: '地址填错了 改成我闺女家', site: 'pinduoduo', fits: [...ADDRESS] },
  { q: '地址寫錯了可以改嗎', site: 'qianniu', fits: [...ADDRESS] },
  { q: 'change一下地址', site: 'qianniu', fits: [...ADDRESS] },
  { q: '拍错颜色了 还没发吧 换个蓝的', site: 'pinduoduo', fits: ['order-sku-unshipped'] },
  { q: '我不要了 取消订单怎么弄', site: 'pinduoduo', fits: [...CANCEL] },
  { q: 'cancel order', site: 'qianniu', fits: [...CANCEL] },
  { q: '拍重复了两单 帮我取消一个', site: 'doudian', fits: [...CANCEL] },
  { q: '两单一起发可以吗', site: 'pinduoduo', fits: ['order-merge'] },
  { q: '我备注写了要礼盒 看到没', site: 'qianniu', fits: ['order-remark'] },

  // ---- stock, wholesale -----------------------------------------------------------------------
  { q: '那个那个还有货吗', site: 'pinduoduo', fits: [...STOCK] },
  { q: '有現貨嗎', site: 'qianniu', fits: [...STOCK] },
  { q: 'in stock吗 白色M', site: 'qianniu', fits: [...STOCK] },
  { q: '主播说的那个粉色的还有没有', site: 'doudian', fits: [...STOCK] },
  { q: '什么时候补货 到了告诉我', site: 'pinduoduo', fits: ['stock-out', 'stock-notify'] },
  { q: '我们单位要五百个 有这么多货吗', site: 'jd', fits: ['stock-bulk'] },
  { q: '批发怎么算价格 拿一千件', site: 'qianniu', fits: ['stock-bulk-price'] },
  { q: '量大能优惠吗 公司采购', site: 'jd', fits: ['stock-bulk-price'] },
  { q: '三百件多久能备好货', site: 'qianniu', fits: ['stock-bulk-lead-time', 'stock-bulk'] },

  // ---- returns, refunds, exchanges ------------------------------------------------------------
  { q: '不合适能退吗 我是第一次在网上买东西', site: 'jd', fits: [...RETURN] },
  { q: '可以退貨嗎', site: 'qianniu', fits: [...RETURN] },
  { q: 'refund多久到账', site: 'qianniu', fits: ['as-refund-time', 'as-refund-done'] },
  { q: '退款什么时候到 都好几天了', site: 'pinduoduo', fits: ['as-refund-time', 'as-progress'] },
  { q: '退货地址是哪里 我寄回去', site: 'pinduoduo', fits: ['as-return-address'] },
  { q: '退回去的邮费谁出呀', site: 'doudian', fits: ['as-freight-insurance', 'as-quality-issue'] },
  { q: '有运费险没有', site: 'pinduoduo', fits: ['as-freight-insurance'] },
  { q: '小了 能换大一号吗', site: 'doudian', fits: ['as-size-exchange', 'as-exchange-eligible'] },
  { q: '能换个颜色吗 收到觉得不好看', site: 'qianniu', fits: ['as-exchange-eligible'] },
  { q: '售后申请了好几天没人理', site: 'jd', fits: ['as-progress'] },
  { q: '那个那个我想退货就是说不太喜欢', site: 'doudian', fits: [...RETURN] },

  // ---- faults, damage, wrong and missing items -------------------------------------------------
  { q: '收到的时候盒子都破了 杯子碎了两个', site: 'pinduoduo', fits: [...BROKEN] },
  { q: '收到壞了', site: 'qianniu', fits: [...BROKEN] },
  { q: '发错了 我买的是大号的给我发个小号', site: 'pinduoduo', fits: ['as-wrong-item'] },
  { q: '少了一个 我买了三个只收到两个', site: 'pinduoduo', fits: ['as-missing-item', 'as-cheap-resend'] },
  { q: '水果烂了一半 这怎么吃啊', site: 'pinduoduo', fits: [...BROKEN] },
  { q: '衣服有个洞 线也开了', site: 'doudian', fits: [...FAULT] },
  { q: '用了两天就掉色了 什么质量', site: 'pinduoduo', fits: [...FAULT] },
  { q: '福袋里的东西是坏的', site: 'doudian', fits: [...BROKEN] },
  { q: '那个那个收到的东西有问题不能用', site: 'pinduoduo', fits: [...FAULT] },

  // ---- the platform's own matters -------------------------------------------------------------
  { q: '砍一刀怎么一直差一点', site: 'pinduoduo', fits: ['esc-platform'] },
  { q: '百亿补贴的券在哪看', site: 'pinduoduo', fits: ['esc-platform', 'promo-coupon'] },
  { q: '我的会员积分怎么没了', site: 'qianniu', fits: ['esc-platform'] },
  { q: '账户余额提现不了', site: 'pinduoduo', fits: ['esc-platform'] },
  { q: '抖音月付怎么还款', site: 'doudian', fits: ['esc-platform'] },

  // ---- greeting, closing, complaints ----------------------------------------------------------
  { q: '你好 在吗 有人吗', site: 'pinduoduo', fits: ['greet-welcome', 'greet-named', 'greet-product'] },
  { q: '您好 打扰了 我想跟您咨询点事情 不知道现在方便不方便', site: 'jd', fits: ['greet-welcome', 'greet-named', 'greet-product'] },
  { q: 'hello 在吗', site: 'qianniu', fits: ['greet-welcome', 'greet-named', 'greet-product'] },
  { q: '怎么半天没人回', site: 'pinduoduo', fits: ['greet-sorry-wait', 'greet-busy'] },
  { q: '我要找人工客服', site: 'jd', fits: ['greet-transfer'] },
  { q: '好的好的谢谢你了姑娘 你真有耐心', site: 'jd', fits: ['end-thanks', 'end-anything-else'] },
  { q: '謝謝', site: 'qianniu', fits: ['end-thanks', 'end-anything-else'] },
  { q: 'ok thanks', site: 'qianniu', fits: ['end-thanks', 'end-anything-else'] },
  { q: '什么破东西 我要投诉', site: 'pinduoduo', fits: [...COMPLAINT, 'cpl-before-platform'] },
  { q: '不给解决我就打12315', site: 'jd', fits: [...COMPLAINT, 'cpl-before-platform'] },
  { q: '你们经理呢 让他跟我说', site: 'jd', fits: ['cpl-escalate', 'esc-authority'] },
  { q: '好吧 我再考虑考虑', site: 'doudian', fits: ['end-no-purchase', 'close-concern'] },
  { q: '已经拍了 麻烦快点发', site: 'qianniu', fits: ['ship-thanks', 'end-after-order'] },

  // ---- no fitting phrase ----------------------------------------------------------------------
  { q: '那个那个那个', site: 'pinduoduo', fits: [] },
  { q: '嗯嗯好的', site: 'doudian', fits: [] },
  { q: '能寄到香港嗎', site: 'qianniu', fits: [] },
  { q: '可以寄新加坡吗', site: 'qianniu', fits: [] },
  { q: '帮我砍一刀吧 链接发你', site: 'pinduoduo', fits: [] },
  { q: '主播今天几点下播', site: 'doudian', fits: [] },
  { q: '福袋怎么抽的 我怎么老抽不中', site: 'doudian', fits: [] },
  { q: '拼单能不能拉我一个', site: 'pinduoduo', fits: [] },
  { q: '你们有线下门店吗', site: 'jd', fits: [] },
  { q: '想做代理 一件代发怎么合作', site: 'qianniu', fits: [] },
  { q: '我孙子让我问的 我也不懂', site: 'jd', fits: [] },
  { q: '你们是哪个省的', site: 'pinduoduo', fits: [] },
  { q: 'what', site: 'qianniu', fits: [] },
  { q: '喂喂 听得到吗', site: 'pinduoduo', fits: [] },
  { q: '你們有台灣的分店嗎', site: 'qianniu', fits: [] },
  { q: '主播叫什么名字', site: 'doudian', fits: [] },
  { q: '能不能帮我跟主播说一声我生日', site: 'doudian', fits: [] },
  { q: '你们收不收旧手机', site: 'jd', fits: [] },
  { q: '上次那个客服说好给我回电话的', site: 'jd', fits: [] },
  { q: ['等一下', '我找下眼镜'], site: 'jd', fits: [] },
  { q: '对了 你们老板姓什么', site: 'pinduoduo', fits: [] },
  { q: '可以视频看一下实物吗', site: 'doudian', fits: [] },
  { q: '你们这个品牌有app吗', site: 'jd', fits: [] },
  { q: '港幣可以付嗎', site: 'qianniu', fits: ['pre-pay-methods'] },
  { q: '我是隔壁店的 问下你们用什么快递软件', site: 'pinduoduo', fits: [] },
  { q: '那怎么搞嘛', site: 'pinduoduo', fits: [] },
  { q: '哦哦', site: 'doudian', fits: [] },
  { q: '你是机器人吗', site: 'qianniu', fits: [] },
];
