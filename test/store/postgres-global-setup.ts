// Starts a throwaway PostgreSQL server for the storage tests (vitest globalSetup): a fresh cluster in a
// temporary folder, on a free loopback port, stopped and deleted afterwards. PostgreSQL refuses to run as
// root, so under root the server runs as the `postgres` user that Debian's package creates.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the test server, or '' when PostgreSQL is not among DYAD_TEST_DIALECTS. */
    pgUrl: string;
  }
}

function pgBin(): string | null {
  const which = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).stdout.trim();
  if (which) {
    const real = execFileSync('readlink', ['-f', which], { encoding: 'utf8' }).trim();
    return join(real, '..');
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const version = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  return version === undefined ? null : join(root, version, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const dialects = (process.env['DYAD_TEST_DIALECTS'] ?? 'sqlite,postgres').split(',');
  if (!dialects.includes('postgres')) {
    project.provide('pgUrl', '');
    return undefined;
  }
  const bin = pgBin();
  if (bin === null) {
    throw new Error(
      'The storage tests run on PostgreSQL too and need its server: apt-get install -y postgresql ' +
        '(or run only the SQLite cases with DYAD_TEST_DIALECTS=sqlite)',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'dyad-pg-'));
  const data = join(dir, 'data');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]) => {
    const command = [join(bin, program), ...args];
    const result = asRoot
      ? spawnSync(
          'su',
          ['postgres', '-s', '/bin/sh', '-c', command.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')],
          { encoding: 'utf8' },
        )
      : spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout}`);
  };
  if (asRoot) {
    const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    if (!uid)
      throw new Error('Running as root, the PostgreSQL tests need the postgres user: apt-get install -y postgresql');
    chownSync(dir, uid, gid);
  }
  run('initdb', ['-D', data, '-U', 'dyad', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  // Durability off: a test cluster is thrown away, and fsync would dominate the test time.
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run('pg_ctl', ['-D', data, '-o', settings, '-l', join(dir, 'server.log'), '-w', 'start']);
  project.provide('pgUrl', `postgres://dyad@127.0.0.1:${port}/postgres`);
  return () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
