import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

test('kiosk-ui declares its own ES modules, so its tests run even inside a CommonJS project', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.private, true);

  const outer = mkdtempSync(join(tmpdir(), 'kiosk-in-cjs-'));
  try {
    writeFileSync(join(outer, 'package.json'), JSON.stringify({ name: 'outer', type: 'commonjs' }));
    cpSync(root, join(outer, 'kiosk-ui'), { recursive: true, filter: (p) => !p.includes('node_modules') });
    // one small test file is enough to prove that the modules load (running all of them would run this one again)
    execFileSync(process.execPath, ['--test', join(outer, 'kiosk-ui', 'test', 'backoff.test.js')], { stdio: 'pipe' });
  } finally {
    rmSync(outer, { recursive: true, force: true });
  }
});
