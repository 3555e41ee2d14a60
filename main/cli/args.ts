import { parseArgs, type ParseArgsConfig } from 'node:util'
import { CliError } from './errors.js'

/** node:util's parseArgs with its errors turned into one-line usage messages. */
export function parseCommandArgs<T extends ParseArgsConfig['options']>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (e) {
    const err = e as Error & { code?: string }
    const option = /'(-[^']*)'/.exec(err.message)?.[1]
    const message = err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option ? `unknown option ${option}`
      : err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option ? `option ${option} needs a value`
      : err.message.split('\n')[0]!
    throw new CliError(`${message}\nusage: ${usage}`)
  }
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new CliError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`)
}
