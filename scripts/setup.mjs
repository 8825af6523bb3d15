#!/usr/bin/env node
// Installs what building and testing khabar needs, skipping whatever is already present,
// so that `npm start` / `npm test` work on a fresh machine and cost nothing on a prepared one.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { capture, repoRoot, run } from './lib/run.mjs';

const WASM_TARGET = 'wasm32-unknown-unknown';
const APT_PACKAGES = ['chromium', 'chromium-driver', 'fonts-noto-core'];
// Files whose presence shows that the apt packages above are installed.
const APT_MARKERS = ['/usr/bin/chromium', '/usr/bin/chromedriver', '/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf'];

function ensureWasmTarget() {
  const installed = capture('rustup', ['target', 'list', '--installed']) ?? '';
  if (installed.split('\n').includes(WASM_TARGET)) return;
  run('rustup', ['target', 'add', WASM_TARGET]);
}

/** The CLI refuses wasm built by another version of the crate, so it must match Cargo.lock exactly. */
function wasmBindgenCrateVersion() {
  const lockPath = join(repoRoot, 'Cargo.lock');
  if (!existsSync(lockPath)) run('cargo', ['generate-lockfile']);
  const match = readFileSync(lockPath, 'utf8').match(/\[\[package\]\]\nname = "wasm-bindgen"\nversion = "([^"]+)"/);
  if (!match) throw new Error('Cargo.lock has no wasm-bindgen package');
  return match[1];
}

function ensureWasmBindgenCli() {
  const wanted = wasmBindgenCrateVersion();
  const found = capture('wasm-bindgen', ['--version']);
  if (found === `wasm-bindgen ${wanted}`) return;
  console.log(`wasm-bindgen CLI ${wanted} needed (found: ${found ?? 'none'}); a cold install takes minutes`);
  // Not --locked: the CLI's lock file names a crate version this registry lacks.
  run('cargo', ['install', 'wasm-bindgen-cli', '--version', wanted]);
}

/** True when every package in package-lock.json is installed at the locked version. */
function nodeModulesMatchLock() {
  const lockPath = join(repoRoot, 'package-lock.json');
  if (!existsSync(lockPath)) return false;
  const { packages } = JSON.parse(readFileSync(lockPath, 'utf8'));
  return Object.entries(packages)
    // Optional packages (other platforms' binaries) are legitimately absent.
    .filter(([path, { optional }]) => path.startsWith('node_modules/') && !optional)
    // Optional packages are platform builds (pdf.js's canvas for Node) that npm installs only where they fit.
    .every(([path, { version, optional }]) => {
      if (optional) return true;
      const manifest = join(repoRoot, path, 'package.json');
      return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === version;
    });
}

/** The bounded fuzzing in `npm test` (scripts/fuzz.mjs) needs it; without it, that step is skipped. */
function ensureCargoFuzz() {
  if (capture('cargo', ['fuzz', '--version']) !== null) return;
  console.log('cargo-fuzz not found: installing it (a cold install takes minutes)');
  const result = spawnSync('cargo', ['install', 'cargo-fuzz', '--locked'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) console.warn('setup: cargo-fuzz could not be installed; npm test will skip fuzzing');
}

function ensureNodeModules() {
  if (nodeModulesMatchLock()) return;
  // Not `npm ci`: npm 11 rejects its own lock file when optional platform packages were pruned from it.
  run('npm', ['install', '--no-audit', '--no-fund']);
}

function ensureAptPackages() {
  const missing = APT_MARKERS.filter((path) => !existsSync(path));
  if (missing.length === 0) return;
  console.log(`missing ${missing.join(', ')}: installing ${APT_PACKAGES.join(' ')}`);
  if (process.getuid?.() !== 0) {
    throw new Error(`run as root, or install them yourself: apt-get install ${APT_PACKAGES.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', ...APT_PACKAGES], { env });
}

ensureWasmTarget();
ensureWasmBindgenCli();
ensureCargoFuzz();
ensureNodeModules();
ensureAptPackages();
console.log('setup: toolchain ready');
