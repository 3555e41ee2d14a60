/**
 * The desktop build (`npm run build` = `electron-vite build`, works offline without the Electron
 * binary). Explicit inputs because our layout is not electron-vite's default: main from
 * main/electron, the preload as ONE CommonJS file (a sandboxed preload cannot require siblings),
 * the renderer exactly as the browser host serves it (vite.renderer.config.ts).
 * Dependencies are bundled rather than externalised, so the packaged app needs no node_modules.
 */
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { rendererConfig } from './vite.renderer.config.js'

const root = import.meta.dirname

export default defineConfig({
  main: {
    build: {
      externalizeDeps: false,
      outDir: resolve(root, 'out/main'),
      rollupOptions: { input: { index: resolve(root, 'main/electron/index.ts') }, external: ['electron', /^node:/] },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      isolatedEntries: true,
      outDir: resolve(root, 'out/preload'),
      rollupOptions: {
        input: { index: resolve(root, 'main/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
})
