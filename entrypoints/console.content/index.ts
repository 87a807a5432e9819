import { CONSOLE_HOST_PATTERNS } from '../../core/consoles';
export default defineContentScript({ matches: [...CONSOLE_HOST_PATTERNS], main() {} });
