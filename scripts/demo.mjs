#!/usr/bin/env node
/**
 * `npm run demo`: install what is missing, build, and open Chromium with the extension on the four
 * replica consoles (headed when DISPLAY is set). `npm run demo -- --headless` writes
 * `demo-output/<site>.png` per console and exits.
 */
import { ensureDeps, run } from './ensure-deps.mjs';

try {
  ensureDeps();
  run('npx', ['wxt', 'build']);
  run('npx', ['tsx', 'test/demo/run-demo.ts', ...process.argv.slice(2)]);
} catch (error) {
  console.error(`[demo] ${error.message}`);
  process.exit(1);
}
