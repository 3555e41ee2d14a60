import { COMPARE_USAGE, compareCommand, type Io } from './compare-command.js'
import { CliError, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './errors.js'

declare const RENVOOI_VERSION: string | undefined

const HELP = `Renvooi — structural comparison of statute texts (artikel › lid › onderdeel)

usage:
  ${COMPARE_USAGE}
  renvooi report PROJECT | OLD NEW --format html|pdf|docx|drieluik|drieluik-pdf|drieluik-docx|amendments|consultation|consultation-pdf [-o FILE]
      (renvooi report --help: every option)
  renvooi comments PROJECT [--version ID] [--format json|csv] [-o FILE]   (renvooi comments --help)
  renvooi --version | --help

Inputs may be Markdown, plain text as copied from wetten.overheid.nl, or BWB XML; the format is
detected from the content (override with --from).

compare:
  --format    json (default: the comparison contract), text (terminal renvooi), html (a page)
  -o FILE     write to FILE once complete (never a partial file; never over an input)
  --all       text format: list unchanged units too
  --timings   print milliseconds per phase and the peak memory on stderr

Exit codes: 0 done, 2 bad input or usage, 1 internal error.
`

/**
 * The `renvooi` command. Returns the exit code instead of exiting, so tests can run it in-process.
 * Expected failures print one line; anything unexpected prints one line too (set
 * RENVOOI_DEBUG=1 for the stack).
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'compare':
        await compareCommand(rest, io)
        return EXIT_OK
      case 'report':
        await (await import('./report-command.js')).reportCommand(rest, io)
        return EXIT_OK
      case 'comments':
        await (await import('./comments-command.js')).commentsCommand(rest, io)
        return EXIT_OK
      case '--version':
      case '-v':
        io.stdout.write(`${typeof RENVOOI_VERSION === 'string' ? RENVOOI_VERSION : 'dev'}\n`)
        return EXIT_OK
      case undefined:
        io.stderr.write(HELP)
        return EXIT_BAD_INPUT
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(HELP)
        return EXIT_OK
      default:
        throw new CliError(`unknown command "${command}" (try renvooi --help)`)
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr.write(e.toLine() + '\n')
      return EXIT_BAD_INPUT
    }
    io.stderr.write(`renvooi: internal error: ${(e as Error)?.message ?? String(e)}\n`)
    if (io.env['RENVOOI_DEBUG']) io.stderr.write(String((e as Error)?.stack) + '\n')
    return EXIT_INTERNAL
  }
}
