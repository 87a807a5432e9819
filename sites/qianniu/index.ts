import type { Site } from '../types';
import { chat } from './chat';

export const qianniu: Site = {
  id: 'qianniu',
  name: { zh: '千牛', en: 'Qianniu' },
  pages: [chat],
};
