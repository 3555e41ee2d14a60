/**
 * A failure the user can act on: bad arguments or input that cannot be read. Printed as one line,
 * `renvooi: FILE:LINE: problem`, with exit code 2 — never a stack trace.
 */
export class CliError extends Error {
  constructor(message: string, readonly file?: string, readonly line?: number) {
    super(message)
    this.name = 'CliError'
  }

  toLine(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : ''
    return `renvooi: ${where}${this.message}`
  }
}

export const EXIT_OK = 0
export const EXIT_INTERNAL = 1
export const EXIT_BAD_INPUT = 2
