#!/usr/bin/env node
/**
 * `npm run demo`: install what is missing, build, and open Chromium with the extension on the four
 * replica consoles (headed when DISPLAY is set). `npm run demo -- --headless` writes
 * `demo-output/<site>.png` per console and exits. `npm run demo -- --team`: an owner's and an
 * agent's profile on a local team server (pouchdb-server, stopped when the demo ends).
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
