import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { type StoreOptions, addStoreOptions, openStoreFrom } from './store-options.js';

const version = (): string =>
  (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** `dyad serve`: the REST API and the web UI over a store, on loopback and read-only unless told otherwise. */
export function registerServe(program: Command): void {
  addStoreOptions(program.command('serve').description('serve the REST API (/api, /openapi.json) and the web UI (/)'))
    .option('--port <n>', 'TCP port (0 picks a free one)', '8080')
    .option('--host <address>', 'address to listen on; 0.0.0.0 exposes the server to your network', '127.0.0.1')
    .option('--json', 'print the address as JSON ({"url":...}) once listening')
    .option('--quiet', 'print nothing but errors')
    .addHelpText(
      'after',
      [
        '',
        'Writes (POST /api/articles, POST /api/recode) are refused unless DYAD_TOKEN is set; then they need',
        'the header "Authorization: Bearer $DYAD_TOKEN".',
        '',
        'Examples:',
        '  dyad serve --db dyad.db                  # http://127.0.0.1:8080/',
        '  dyad serve --db dyad.db --port 0 --json  # a free port, address printed as JSON',
        '  DYAD_TOKEN=$(openssl rand -hex 24) dyad serve --pg postgres://localhost/dyad --host 0.0.0.0',
      ].join('\n'),
    )
    .action(async (options: StoreOptions & { port: string; host: string; json?: boolean; quiet?: boolean }) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        program.error(`dyad serve: --port must be a number from 0 to 65535, not "${options.port}"`);
      // The server (and through it the whole pipeline) loads only when serving, not for every command.
      const [{ createApp }, { startServer }, { DEFAULT_WEB_ROOT, loadWebAssets }] = await Promise.all([
        import('../../server/app.js'),
        import('../../server/start-server.js'),
        import('../../server/web-assets.js'),
      ]);
      const store = await openStoreFrom(options);
      const token = process.env['DYAD_TOKEN'] || undefined;
      const web = loadWebAssets(fileURLToPath(DEFAULT_WEB_ROOT));
      const app = createApp({ store, token, web, version: version() });
      const server = await startServer(app, { host: options.host, port });
      if (options.json) process.stdout.write(JSON.stringify({ url: server.url, port: server.port }) + '\n');
      else if (!options.quiet) {
        process.stderr.write(
          `dyad: serving ${options.pg ? 'PostgreSQL' : options.db} at ${server.url}/ ` +
            `(${token ? 'writes need the token' : 'read-only'}${web.size === 0 ? '; web UI not built: npm run build' : ''})\n`,
        );
      }
      const stop = () => {
        void server.close().then(() => store.close());
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
