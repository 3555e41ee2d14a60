import { parseArgs, type ParseArgsConfig } from 'node:util'
import { CliError } from './errors.js'

/** node:util's parseArgs with its errors turned into one-line usage messages. */
export function parseCommandArgs<T extends ParseArgsConfig['options']>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (e) {
    throw new CliError(`${(e as Error).message.split('\n')[0]}\nusage: ${usage}`)
  }
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new CliError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`)
}
