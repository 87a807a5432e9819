/**
 * The v1 wording of starter phrases changed in v2 (only the fields that changed). A stored
 * starter phrase that still reads exactly like this was never edited by its owner, so the upgrade
 * may bring it up to date; one that differs is the owner's and is left alone.
 * Written once from the v1 file; never edit an entry (it must match what v1 stored).
 */
import type { StarterPhrase } from './starter-library';

export type StarterWording = Partial<Pick<StarterPhrase, 'title' | 'text' | 'tags' | 'groupKey' | 'code' | 'stage'>>;

export const STARTER_V1_WORDING: Readonly<Record<string, StarterWording>> = {
  'greet-product': { text: "亲，您看的这款我来给您介绍，想先了解尺寸、材质还是价格呢？" },
  'pre-fit-yes': { text: "亲，按您说的情况，这款挺合适的，穿着舒服也好搭配，可以放心选。" },
  'pre-size': { groupKey: "presale" },
  'pre-size-between': { groupKey: "presale" },
  'pre-material': { text: "亲，这款面料是{材质?}，手感柔软透气，详细成分在页面的参数表里。" },
  'pre-shortcoming': { text: "实话跟您说，这款比较轻薄，冬天单穿会冷，如果您怕冷，我给您推荐加厚的款式。" },
  'pre-genuine': { text: "亲，本店商品都是正规渠道进货，支持专柜验货，请放心购买。" },
  'pre-how-to-order': { text: "选好颜色和尺码，点\"立即购买\"，填好地址付款就可以了，遇到问题截图发我。" },
  'pre-bargain': { text: "亲，现在已经是活动价了，价格降不了，不过可以送您一份小礼品，您看可以吗？" },
  'pre-care': { tags: ["使用"], groupKey: "presale" },
  'promo-deadline': { text: "活动到{日期?}晚上12点结束，之后恢复原价，喜欢的话建议早点下单。" },
  'promo-price-drop': { text: "理解您的心情，活动价是限时的，之前的订单没办法补差价，我给您申请一张无门槛券作为补偿，您看可以吗？", tags: ["差价", "补偿"] },
  'stock-yes': { text: "亲，您要的颜色和尺码都有现货，下午4点前付款当天就能发出。" },
  'stock-out': { text: "亲，这个颜色暂时缺货，预计{日期?}补货，相近的{颜色?}现在有货，您看看喜不喜欢。" },
  'stock-mixed-order': { text: "现货款付款后48小时内发，预售款按页面写的时间发，同一个订单会等齐了一起发。" },
  'esc-authority': { text: "亲，这个超出了我的权限，我马上请示主管，10分钟内回复您，请稍等。" },
  'ship-when': { text: "亲，付款后48小时内为您发货，发出后物流单号会同步到订单里。", tags: ["发货"] },
  'ship-tracking': { tags: ["物流"] },
  'ship-urge-on-time': { tags: ["催发货"] },
  'ship-urge-today': { text: "亲，已经跟仓库确认过，您的包裹今天下午发出，晚上就能查到物流。", tags: ["催发货"] },
  'ship-urge-overdue': { text: "非常抱歉，您的订单超过了承诺的发货时间，我已经登记并催仓库优先处理，今天内给您发出。", tags: ["催发货", "致歉"] },
  'ship-overdue-record': { tags: ["催发货"] },
  'ship-stuck': { tags: ["物流"] },
  'ship-signed-missing': { tags: ["物流"] },
  'ship-remote': { text: "您的地址属于偏远地区，需要补{金额?}元运费，到货时间也会多一两天，请您理解。" },
  'ship-split': { tags: ["物流"] },
  'as-return-eligible': { text: "亲，您的情况符合七天无理由退货，请在订单里申请退货，寄回时保留吊牌和包装。" },
  'as-exchange-eligible': { text: "可以换的亲，在订单里申请换货并写上要换的尺码，我们收到退件后马上发新的。" },
  'as-refund-time': { text: "我们收到退件检查无误后，一般1到2天内退款，原路退回您的付款账户。" },
  'as-return-ineligible': { text: "亲，这件已经剪了吊牌，按规则不能无理由退了。方便说说是哪里不满意吗？我们一起想办法。" },
  'as-cheap-resend': { text: "少发或错发的部分我们直接给您补发，不用寄回，今天就安排。" },
  'as-wrong-item': { text: "非常抱歉给您发错了，正确的商品今天给您补发，错发的那件麻烦用到付寄回，运费我们出。" },
  'as-freight-insurance': { text: "您的订单有运费险，退货时选上门取件，运费险会赔付寄回的运费。", tags: ["运费"] },
  'as-size-exchange': { text: "尺码不合适可以换，申请换货时备注要换的尺码，我们收到后当天发出新的。", groupKey: "aftersale" },
  'cpl-escalate': { text: "您的要求超出了我的处理权限，我已经把情况完整转给主管，今天内会有人联系您。" },
  'rev-public-shipping': { text: "抱歉让您久等了，这次物流受天气和大促影响有所延误，我们会继续改进，感谢您的耐心。" },
  'rev-public-size': { groupKey: "review" },
  'close-scarcity': { text: "这个尺码只剩{数量?}件了，喜欢的话可以先拍下，免得断码。" },
  'close-deadline': { text: "活动价今晚12点结束，明天恢复原价，还在犹豫的话可以先拍下，不合适支持七天无理由。" },
  'close-counter-question': { text: "亲，白色暂时没有，黑色、红色和紫色都有现货，您更喜欢哪个颜色？" },
  'close-return-ease': { text: "收到不喜欢也没关系，支持七天无理由退换，您可以放心试。" },
};
