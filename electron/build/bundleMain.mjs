// Bundles the main process and the preload into build/electron/. The preload runs sandboxed, where
// `require` reaches only 'electron', so it must be one self-contained file; the main bundle keeps
// better-sqlite3 external because its native prebuilds are loaded from node_modules at run time.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// An explicit output folder lets the bundle test build into a temp dir without touching build/.
const outdir = path.resolve(process.argv[2] ?? path.join(root, 'build', 'electron'));

/**
 * i18n-iso-countries' Node entry bundles all ~80 country-name languages (over 1 MB); db/reference/countries.ts
 * registers the two it uses itself, so take the package's plain entry, as the renderer's browser build does.
 */
const countryNamesWithoutAllLanguages = {
  name: 'country-names-without-all-languages',
  setup(builder) {
    const require = createRequire(path.join(root, 'package.json'));
    builder.onResolve({ filter: /^i18n-iso-countries$/ }, () => ({ path: require.resolve('i18n-iso-countries/index.js') }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node24',
  sourcemap: true,
  logLevel: 'info',
  absWorkingDir: root,
};

await Promise.all([
  build({
    ...common,
    entryPoints: { main: 'electron/main.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    external: ['electron', 'better-sqlite3', 'exceljs'],
    plugins: [countryNamesWithoutAllLanguages],
  }),
  // The workbook parser's process (utilityProcess in the app, a Node fork elsewhere): exceljs stays
  // external so exceljsRuntime.ts can put its fixed parse-sax module into Node's require cache.
  build({
    ...common,
    entryPoints: { workbookParserWorker: 'electron/services/excel/workbookParserWorker.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    external: ['electron', 'exceljs'],
  }),
  build({
    ...common,
    entryPoints: { preload: 'electron/preload.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
  }),
]);
