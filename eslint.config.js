// Lint, and above all the layering of docs/GUIDE §2: shared/ is pure, only main/electron and
// main/preload may import `electron` (importing it from plain Node starts a binary download and
// throws), the renderer reaches the host only through the HostApi, services never touch electron.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'worker_threads', 'stream', 'util', 'zlib']
const electron = { group: ['electron', 'electron/*'], message: 'Only main/electron and main/preload may import electron (GUIDE §2).' }
const node = { group: NODE_BUILTINS, message: 'shared/ and renderer/ stay free of Node built-ins (GUIDE §2).' }
const upward = (folders, why) => ({ group: folders.map((f) => `**/${f}/**`), message: why })

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'coverage/', 'tests/artifacts/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [electron, node, upward(['main', 'renderer'], 'shared/ imports nothing from main/ or renderer/.')] }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', '__dirname', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [electron, node, upward(['main'], 'The renderer talks to the host only through the HostApi.')] }],
    },
  },
  {
    files: ['main/services/**/*.ts', 'main/cli/**/*.{ts,mjs}', 'main/web/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [electron, upward(['renderer'], 'main/ does not import the renderer.')] }],
    },
  },
  {
    files: ['main/electron/**/*.ts', 'main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [upward(['renderer'], 'main/ does not import the renderer.')] }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx,mjs}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [electron] }],
    },
  },
)
