/**
 * Entry of the browser host (bundled to out/web/index.mjs by main/start.mjs). Prints the address
 * with its token on a line of its own and keeps running until interrupted.
 */
import os from 'node:os'
import path from 'node:path'
import { startWebHost } from './server.js'

const root = process.env.RENVOOI_ROOT ?? process.cwd()
const stateDir = process.env.RENVOOI_STATE_DIR
  ?? path.join(process.env.XDG_STATE_HOME ?? path.join(os.homedir(), '.local', 'state'), 'renvooi')

const projectsDir = process.env.RENVOOI_PROJECTS_DIR ?? path.join(os.homedir(), 'Renvooi')

const host = await startWebHost({
  rendererDir: path.join(root, 'out', 'renderer'),
  samplesDir: path.join(root, 'samples'),
  projectsDir,
  stateDir,
  version: process.env.RENVOOI_VERSION ?? '0.0.0',
  port: Number(process.env.RENVOOI_PORT ?? 0),
})

process.stdout.write(`Projects are saved in ${projectsDir} (RENVOOI_PROJECTS_DIR); press Ctrl+C to stop.\n`)
process.stdout.write(`\nRenvooi: ${host.appUrl}\n\n`)
const stop = (): void => {
  host.close().then(() => process.exit(0), () => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
