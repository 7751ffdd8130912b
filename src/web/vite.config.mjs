// Builds the web UI into dist/web at `npm run build`, so `dyad serve` needs no build step and no network.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

// The map's countries carry ISO numeric ids; our actors alpha-3 codes. Only the table goes in the bundle.
function isoNumeric() {
  const id = 'virtual:iso-numeric';
  return {
    name: 'iso-numeric',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(source) {
      if (source !== `\0${id}`) return null;
      const countries = JSON.parse(readFileSync(here('../../node_modules/world-countries/countries.json'), 'utf8'));
      const table = Object.fromEntries(countries.filter((c) => c.ccn3).map((c) => [c.cca3, c.ccn3]));
      return `export default ${JSON.stringify(table)};`;
    },
  };
}

export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [isoNumeric()],
  logLevel: 'warn',
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    // Nothing inline: the server's CSP allows scripts from the page's own origin only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
  },
});
