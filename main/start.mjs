// `npm start`: build what is missing or stale, then run Renvooi. With the Electron binary present
// (node_modules/electron/path.txt + dist, or ELECTRON_OVERRIDE_DIST_PATH) it launches the desktop
// app; otherwise — as on machines that can only reach the npm registry — it starts the browser
// host and prints `Renvooi: http://127.0.0.1:PORT/?token=…` on a line of its own.
// Never `require('electron')` here: from plain Node that starts a download and throws.
// Options: --web (browser host even when Electron exists), --rebuild.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = new Set(process.argv.slice(2))
const rebuild = args.has('--rebuild')
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))

/** Newest modification time of any file below the given folders (0 when none). */
function newest(...dirs) {
  let latest = 0
  const visit = (p) => {
    let stat
    try { stat = fs.statSync(p) } catch { return }
    if (stat.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name))
    else latest = Math.max(latest, stat.mtimeMs)
  }
  for (const d of dirs) visit(path.join(root, d))
  return latest
}
const mtime = (rel) => { try { return fs.statSync(path.join(root, rel)).mtimeMs } catch { return 0 } }
const stale = (output, ...inputs) => rebuild || mtime(output) === 0 || mtime(output) < newest(...inputs)

function run(cmd, cmdArgs) {
  const result = spawnSync(cmd, cmdArgs, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' })
  if (result.status !== 0) {
    process.stderr.write(`Renvooi: building failed (${cmd} ${cmdArgs.join(' ')}).\n`)
    process.exit(1)
  }
}

function electronBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const exe = process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron'
    const file = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, exe)
    return fs.existsSync(file) ? file : null
  }
  const dir = path.join(root, 'node_modules', 'electron')
  try {
    const rel = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim()
    const file = path.join(dir, 'dist', rel)
    return rel && fs.existsSync(file) ? file : null
  } catch {
    return null
  }
}

const rendererInputs = ['renderer', 'shared', 'vite.renderer.config.ts']
const electron = args.has('--web') ? null : electronBinary()

if (electron) {
  if (stale('out/main/index.js', 'main/electron', 'main/preload', 'main/services', ...rendererInputs, 'electron.vite.config.ts')) {
    run('npx', ['electron-vite', 'build'])
  }
  const child = spawn(electron, ['.'], { cwd: root, stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  if (!args.has('--web')) process.stdout.write('Renvooi: the Electron binary is not installed here; starting the browser host.\n')
  if (stale('out/renderer/index.html', ...rendererInputs)) run('npx', ['vite', 'build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn'])
  if (stale('out/web/index.mjs', 'main/web', 'main/services', 'shared')) {
    run('npx', ['esbuild', 'main/web/index.ts', '--bundle', '--platform=node', '--format=esm', '--target=node20',
      '--packages=external', '--outfile=out/web/index.mjs', '--log-level=warning'])
  }
  process.env.RENVOOI_ROOT = root
  process.env.RENVOOI_VERSION = pkg.version
  await import(pathToFileURL(path.join(root, 'out', 'web', 'index.mjs')).href)
}
