import type { Scenario } from '../../core/routing';

/**
 * The example the 分流 pages show while nothing is saved (labelled as an example): a small shop with
 * four agents in two groups, a morning and an evening peak, and an after-sale group bound to the
 * after-sale buyers. Made up by us to show each cause at work.
 */
export const EXAMPLE_SCENARIO: Scenario = {
  agents: [
    { id: '小林', weight: 1, group: '售前', online: [[9, 12], [13, 23]], replySeconds: 40, recentContacts: 120 },
    { id: '阿杰', weight: 1, group: '售前', online: [[9, 12], [13, 18]], replySeconds: 45, recentContacts: 60 },
    { id: '小美', weight: 2, group: '售前', online: [[13, 22]], replySeconds: 90, recentContacts: 80 },
    { id: '老周', weight: 1, group: '售后', online: [[9, 18]], replySeconds: 60, recentContacts: 40 },
  ],
  groups: [
    { id: '售前', orderStates: ['无订单', '未发货'] },
    { id: '售后', orderStates: ['售后'] },
  ],
  traffic: {
    // Quiet at night, a morning peak at 10–11 and the big evening peak at 20–22.
    perHour: [4, 2, 1, 1, 1, 2, 4, 10, 24, 40, 55, 50, 30, 38, 45, 42, 38, 35, 40, 58, 75, 80, 62, 20],
    returningShare: 0.3,
    orderStates: { 无订单: 0.5, 未发货: 0.2, 已发货: 0.2, 售后: 0.1 },
  },
  days: 7,
  seed: 1,
};
