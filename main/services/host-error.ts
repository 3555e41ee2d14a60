/**
 * An expected failure of a host operation, carried to the renderer as `HostErrorInfo` (code +
 * plain message). Anything else that goes wrong is reported as a generic `io` error: the user
 * never sees a stack trace.
 */
import type { HostErrorCode, HostErrorInfo } from '../../shared/host-api.js'

export class HostError extends Error {
  constructor(readonly code: HostErrorCode, message: string, readonly file?: string) {
    super(message)
    this.name = 'HostError'
  }
}

/** Converts any thrown value into the wire form; unknown errors lose their details on purpose. */
export function toErrorInfo(error: unknown): HostErrorInfo {
  if (error instanceof HostError) {
    return error.file === undefined ? { code: error.code, message: error.message } : { code: error.code, message: error.message, file: error.file }
  }
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'ENOENT') return { code: 'not-found', message: 'The file does not exist.' }
  if (code === 'EACCES' || code === 'EPERM') return { code: 'io', message: 'No permission to read or write the file.' }
  return { code: 'io', message: 'The operation failed.' }
}
