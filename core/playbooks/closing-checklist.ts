/**
 * The closing checklist (结束对话, DOMAIN §1): what a good ending covers, each item with the 结束
 * phrases of the starter library that do it. Never end abruptly; afterwards record the outcome.
 */
import type { ChecklistItem } from './model';

export const CLOSING_CHECKLIST: readonly ChecklistItem[] = [
  {
    id: 'need-met',
    label: { zh: '确认需求已解决', en: 'The need is met' },
    hint: { zh: '问一句还有没有别的问题。', en: 'Ask whether there is anything else.' },
    phrases: [{ key: 'end-anything-else', title: '还有其他问题吗' }],
    asks: ['没有别的问题了'],
  },
  {
    id: 'thanks',
    label: { zh: '感谢买家', en: 'Thank the buyer' },
    hint: { zh: '下了单就谢谢支持，没下单也谢谢咨询。', en: 'Thank them for the order, or for asking.' },
    phrases: [
      { key: 'end-thanks', title: '感谢光临' },
      { key: 'end-after-order', title: '下单后道别' },
    ],
    asks: ['好的谢谢'],
  },
  {
    id: 'goodbye',
    label: { zh: '礼貌道别', en: 'A polite goodbye' },
    hint: { zh: '别突然不回，也别冷冰冰地结束。', en: 'Don’t just go quiet, and don’t end coldly.' },
    phrases: [
      { key: 'end-no-purchase', title: '未成交道别' },
      { key: 'end-aftersale-done', title: '售后完结' },
      { key: 'end-good-night', title: '晚安道别' },
    ],
    asks: ['我再看看', '拜拜'],
  },
  {
    id: 'feedback',
    label: { zh: '邀请评价', en: 'Invite a rating' },
    hint: { zh: '请买家对服务打分，不强求。', en: 'Ask for a rating of the service, without pressing.' },
    phrases: [{ key: 'end-rate-service', title: '邀请服务评价' }],
    asks: ['怎么评价'],
  },
  {
    id: 'contact',
    label: { zh: '留下联系方式', en: 'Leave a way to reach you' },
    hint: { zh: '告诉买家之后在哪里找你。', en: 'Tell the buyer where to find you later.' },
    phrases: [{ key: 'end-contact', title: '留下联系方式' }],
    asks: ['以后有问题找谁'],
  },
  {
    id: 'unresolved',
    label: { zh: '说明未完成事项', en: 'Explain anything unresolved' },
    hint: { zh: '还在处理的事说清楚，承诺主动联系。', en: 'Say what is still open and that you will get back to them.' },
    phrases: [{ key: 'end-unresolved', title: '说明未完成事项' }],
    asks: ['那我的问题呢'],
  },
];
