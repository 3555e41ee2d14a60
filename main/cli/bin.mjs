#!/usr/bin/env node
// The `renvooi` command (also `npx renvooi`). Runs the bundle that `npm install` builds
// (package.json "prepare"), so start-up does not pay for compiling TypeScript.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const bundle = fileURLToPath(new URL('../../out/cli/renvooi.mjs', import.meta.url))
if (!existsSync(bundle)) {
  process.stderr.write('renvooi: the command is not built yet; run `npm run build:cli` (or `npm install`) first\n')
  process.exit(1)
}
await import(bundle)
