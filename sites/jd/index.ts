import type { Site } from '../types';
import { chat } from './chat';

export const jd: Site = {
  id: 'jd',
  name: { zh: '京东咚咚', en: 'JD Dongdong' },
  pages: [chat],
};
