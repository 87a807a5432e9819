#!/usr/bin/env node
/**
 * Installs what `npm test`, `npm run demo` and `npm run bench` need, and says clearly what it cannot:
 * npm packages (when node_modules is missing or differs from package-lock.json), Chromium
 * (apt-get, as root), and a Chinese font so screenshots show Chinese (apt-get, as root).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function log(message) {
  console.log(`[deps] ${message}`);
}

/** Runs a command with inherited output; throws when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** Why node_modules does not match package-lock.json, or null when it does. */
function nodeModulesProblem() {
  const lockPath = join(ROOT, 'package-lock.json');
  const hiddenPath = join(ROOT, 'node_modules', '.package-lock.json');
  if (!existsSync(join(ROOT, 'node_modules'))) return 'node_modules is missing';
  if (!existsSync(lockPath)) return null;
  if (!existsSync(hiddenPath)) return 'node_modules was not installed by npm';
  const wanted = JSON.parse(readFileSync(lockPath, 'utf8')).packages ?? {};
  const installed = JSON.parse(readFileSync(hiddenPath, 'utf8')).packages ?? {};
  for (const [path, entry] of Object.entries(wanted)) {
    if (path === '' || !path.startsWith('node_modules/')) continue;
    const have = installed[path];
    if (!have) {
      if (entry.optional) continue; // platform-specific optional packages are legitimately absent
      return `${path.slice('node_modules/'.length)} is not installed`;
    }
    if (entry.version && have.version !== entry.version) {
      return `${path.slice('node_modules/'.length)} is ${have.version}, package-lock wants ${entry.version}`;
    }
  }
  return null;
}

function ensureNodeModules() {
  const problem = nodeModulesProblem();
  if (!problem) return;
  const ci = existsSync(join(ROOT, 'package-lock.json'));
  log(`${problem}: running npm ${ci ? 'ci' : 'install'}`);
  run('npm', [ci ? 'ci' : 'install', '--no-audit', '--no-fund']);
}

function aptInstall(packages) {
  run('apt-get', ['update'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    log(`${CHROMIUM_PATH} is missing: installing Debian's chromium package`);
    aptInstall(['chromium']);
    if (existsSync(CHROMIUM_PATH)) return;
  }
  throw new Error(
    `Chromium was not found at ${CHROMIUM_PATH}. Install it (Debian/Ubuntu: \`sudo apt-get install chromium\`) ` +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary. `npx playwright install` cannot download browsers here.',
  );
}

function hasChineseFont() {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

function ensureChineseFont() {
  if (hasChineseFont()) return;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    log('no Chinese font found: installing fonts-noto-cjk (so screenshots show Chinese)');
    try {
      aptInstall(['fonts-noto-cjk']);
      return;
    } catch (error) {
      log(`could not install fonts-noto-cjk (${error.message}); screenshots may show boxes for Chinese`);
      return;
    }
  }
  log('no Chinese font found: install fonts-noto-cjk (`sudo apt-get install fonts-noto-cjk`) or screenshots show boxes for Chinese');
}

/** Everything the test, demo and bench commands need. Throws with a readable message. */
export function ensureDeps({ browser = true, fonts = true } = {}) {
  ensureNodeModules();
  if (browser) ensureChromium();
  if (fonts) ensureChineseFont();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureDeps();
    log('all set');
  } catch (error) {
    console.error(`[deps] ${error.message}`);
    process.exit(1);
  }
}
