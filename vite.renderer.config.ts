/**
 * The renderer on its own (for the browser host and the e2e tests). electron.vite.config.ts
 * reuses `rendererConfig` so both builds produce the same out/renderer.
 */
import { resolve } from 'node:path'
import { defineConfig, type UserConfig } from 'vite'
import react from '@vitejs/plugin-react'

const root = resolve(import.meta.dirname, 'renderer')

export const rendererConfig: UserConfig = {
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    // Sources in the bundle map back to our files for a drafter's bug report; no remote maps.
    sourcemap: false,
    // A desktop app loads its bundle from disk: one chunk is fine.
    chunkSizeWarningLimit: 4096,
    rollupOptions: { input: { index: resolve(root, 'index.html') } },
  },
}

export default defineConfig(rendererConfig)
