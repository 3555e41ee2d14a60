import { main } from './index.js'

// Exit code via process.exitCode (not process.exit) so stdout is flushed when piped.
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env })
