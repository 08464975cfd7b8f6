import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The machine's own Node, older than the project needs on these machines; the project's runs the tests.
const OLD_NODE = '/usr/bin/node';
const old = existsSync(OLD_NODE) ? spawnSync(OLD_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim() : '';
const isOld = /^v(1\d|2[01])\.|^v22\.([0-9]|1[01])\./.test(old);
if (!isOld) console.warn(`check-node: the old-Node case is skipped, ${OLD_NODE} is ${old || 'missing'}.`);

describe('the Node version check before every script', () => {
  it.skipIf(!isOld)('stops an older Node with one sentence saying what is needed and how to get it', () => {
    const run = spawnSync(OLD_NODE, ['scripts/check-node.mjs'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`Serambi needs Node.js 22.12 or newer, and this is Node.js ${old.slice(1)}`);
    expect(run.stderr).toMatch(/nvm install 22.*bash \.ci\/run/);
  });

  it('lets the project’s Node through', () => {
    const run = spawnSync(process.execPath, ['scripts/check-node.mjs'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
