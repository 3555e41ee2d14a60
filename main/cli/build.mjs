// Bundles the CLI into out/cli with esbuild: one entry plus lazily loaded chunks (the Markdown
// reader, the XML reader, the renderers), so `renvooi compare a.txt b.txt` loads only what it uses.
import { build } from 'esbuild'
import { readFileSync, rmSync } from 'node:fs'

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))

// Chunks carry content hashes; start clean so old ones do not pile up.
rmSync('out/cli', { recursive: true, force: true })

await build({
  entryPoints: { renvooi: 'main/cli/entry.ts' },
  outdir: 'out/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  define: { RENVOOI_VERSION: JSON.stringify(pkg.version) },
  // A few CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
  sourcemap: false,
})
