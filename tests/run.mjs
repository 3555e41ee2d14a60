// `npm test`: builds what the tests run against (the CLI bundle), then the whole vitest suite.
// Kept as a script so CI and a new user run exactly the same thing.
import { spawnSync } from 'node:child_process'

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1

let status = run('node', ['main/cli/build.mjs'])
if (status === 0) status = run('npx', ['vitest', 'run', ...process.argv.slice(2)])
process.exit(status)
