/**
 * The starter library, written by us (never copied from the source articles).
 * Loaded on first run; "restore starter phrases" re-adds missing ones without touching edits.
 * Ids are derived from `key`, so they stay stable across versions: `grp_starter_<key>`, `phr_starter_<key>`.
 */
export type Stage = 'presale' | 'insale' | 'aftersale' | 'promotion' | 'closing';

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
  stage: Stage;
  tags?: readonly string[];
}

export const STARTER_GROUPS: readonly StarterGroup[] = [
  { key: 'greeting', name: '接待问候' },
  { key: 'shipping', name: '发货物流' },
];

export const STARTER_PHRASES: readonly StarterPhrase[] = [
  {
    key: 'greet-welcome',
    groupKey: 'greeting',
    title: '欢迎光临',
    text: '您好，欢迎光临本店，有什么可以帮您的吗？',
    code: 'hy',
    stage: 'presale',
  },
  {
    key: 'ship-when',
    groupKey: 'shipping',
    title: '发货时间',
    text: '亲，付款后48小时内为您发货，发货后会第一时间同步物流单号。',
    code: 'fh',
    stage: 'insale',
  },
];
