import { main } from './index.js'

// A reader that stops early (`renvooi compare … | head`) closes the pipe: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0)
  throw e
})

// Exit code via process.exitCode (not process.exit) so stdout is flushed when piped.
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env })
