import type { Site } from '../types';
import { chat } from './chat';

export const pinduoduo: Site = {
  id: 'pinduoduo',
  name: { zh: '拼多多', en: 'Pinduoduo' },
  pages: [chat],
};
