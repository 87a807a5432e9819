/**
 * Traditional characters as Hong Kong and Taiwan buyers (and owners) type them, brought to the
 * simplified ones our tables and starter phrases use: `運費多少` reads as `运费多少`. A small table
 * of the characters of shop talk, not a full converter: the sidebar frame bundles it. One
 * character for one, so lengths and offsets stay as they were.
 */

// Pairs: traditional, simplified. Only characters whose simplified form differs.
const PAIRS =
  '運运費费郵邮發发貨货嗎吗麼么幾几時时間间還还會会個个這这們们沒没門门東东買买賣卖價价錢钱優优碼码號号換换' +
  '達达遞递訂订單单詢询問问題题質质壞坏損损髒脏爛烂裝装說说請请謝谢讓让給给對对開开關关張张顏颜樣样圖图實实' +
  '際际現现庫库產产鮮鲜過过該该從从來来後后裡里裏里種种類类規规線线電电話话機机紅红藍蓝綠绿黃黄長长寬宽廣广' +
  '灣湾臺台為为邊边頭头體体點点總总車车場场處处辦办聯联絡络帳账戶户資资稅税務务專专據据紙纸雜杂禮礼贈赠動动' +
  '滿满減减領领搶抢購购預预約约備备註注簽签誰谁見见聽听認认識识錯错誤误趕赶風风遲迟無无條条數数與与歡欢親亲' +
  '愛爱幫帮連连結结網网頁页帶带襪袜褲裤衛卫麵面雞鸡魚鱼飯饭鍋锅壺壶燈灯驗验證证區区內内陸陆國国幣币銀银轉转' +
  '賬账匯汇讀读寫写傳传舊旧隻只兩两萬万億亿層层樓楼壓压盡尽儘尽雖虽歲岁嬰婴兒儿寶宝貝贝適适齡龄糧粮營营養养' +
  '藥药濕湿熱热涼凉衝冲燒烧鐘钟錶表鏡镜聲声響响螢萤觸触導导較较報报銷销確确煩烦態态氣气騙骗訴诉評评論论級级' +
  '員员經经闆板師师試试縮缩標标籤签圍围鬆松緊紧軟软節节應应夠够啟启審审進进詳详細细選选擇择薦荐別别囉啰' +
  '閃闪換换蓋盖鎖锁鑰钥餘余額额積积務务訊讯撥拨碼码廠厂貼贴補补償偿賠赔險险雙双慶庆擔担憑凭饋馈';

const TO_SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) if (PAIRS[i] !== PAIRS[i + 1]) TO_SIMPLIFIED.set(PAIRS[i]!, PAIRS[i + 1]!);

const TRADITIONAL = new RegExp(`[${[...TO_SIMPLIFIED.keys()].join('')}]`, 'g');
/** Words whose traditional spelling is not one character for one (甚麼 → 什么). */
const WORDS: readonly [RegExp, string][] = [[/甚麼|甚么/g, '什么']];

/** `text` with the table's traditional characters made simplified (same length, other text untouched). */
export function toSimplified(text: string): string {
  TRADITIONAL.lastIndex = 0;
  if (!TRADITIONAL.test(text) && !text.includes('甚')) return text;
  let out = text.replace(TRADITIONAL, (c) => TO_SIMPLIFIED.get(c)!);
  for (const [from, to] of WORDS) out = out.replace(from, to);
  return out;
}
