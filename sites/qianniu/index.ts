import type { Site } from '../types';
import { chat } from './chat';
import { relations, staff } from './tables';

export const qianniu: Site = {
  id: 'qianniu',
  name: { zh: '千牛', en: 'Qianniu' },
  // The back-office tables first: their URLs are also under the chat page's `myseller.taobao.com/*`.
  pages: [relations, staff, chat],
};
