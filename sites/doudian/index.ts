import type { Site } from '../types';
import { chat } from './chat';

export const doudian: Site = {
  id: 'doudian',
  name: { zh: '抖店飞鸽', en: 'Doudian Feige' },
  pages: [chat],
};
