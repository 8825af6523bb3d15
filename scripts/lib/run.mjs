// Small helpers shared by the scripts: run a command loudly, or capture its output quietly.
import { spawnSync } from 'node:child_process';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Where cargo puts its output: $CARGO_TARGET_DIR when set (engineers sharing a machine keep theirs apart), else target/. */
export const cargoTargetDir = (() => {
  const fromEnv = process.env.CARGO_TARGET_DIR;
  if (!fromEnv) return resolve(repoRoot, 'target');
  return isAbsolute(fromEnv) ? fromEnv : resolve(repoRoot, fromEnv);
})();

/** Runs a command with inherited stdio from the repo root; exits the process if it fails. */
export function run(command, args, options = {}) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`${command} failed with exit code ${result.status ?? result.signal}`);
    process.exit(result.status || 1);
  }
}

/** Returns a command's trimmed stdout, or null when it cannot run or fails. */
export function capture(command, args) {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}
