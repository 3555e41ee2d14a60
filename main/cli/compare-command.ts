import path from 'node:path'
import type { LegalText, TextFormat } from '../../shared/model/types.js'
import type { Comparison } from '../../shared/compare/types.js'
import { ParseError } from '../../shared/model/types.js'
import { parseTextLazy } from '../../shared/parse/lazy.js'
import { refuseOverwritingInput, writeOutput } from './output.js'
import { oneOf, parseCommandArgs } from './args.js'
import { CliError } from './errors.js'
import { readInput } from './read-input.js'
import { Timings } from './timings.js'

export const COMPARE_USAGE = 'renvooi compare OLD NEW [--format json|text|html] [-o FILE] [--from md|text|bwb] [--all] [--timings]'

export interface Io {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean }
  readonly stderr: NodeJS.WritableStream
  readonly env: NodeJS.ProcessEnv
}

/**
 * `renvooi compare`: reads both texts, compares them structurally and writes the comparison as
 * the JSON contract, a terminal renvooi or an HTML page. Output goes to a file only once it is
 * complete (atomic rename), so a failure never leaves a partial file.
 */
export async function compareCommand(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string' }, output: { type: 'string', short: 'o' }, from: { type: 'string' },
    all: { type: 'boolean' }, timings: { type: 'boolean' },
  }, COMPARE_USAGE)
  if (positionals.length !== 2) throw new CliError(`compare needs two files, OLD and NEW\nusage: ${COMPARE_USAGE}`)
  const format = oneOf(values.format, ['json', 'text', 'html'] as const, 'format', 'json')
  const from = values.from === undefined ? undefined : oneOf<TextFormat>(values.from, ['md', 'text', 'bwb'], 'from', 'text')
  const timings = new Timings()

  const [oldFile, newFile] = positionals as [string, string]
  // The engine loads while the files are read and parsed, not after.
  const engine = import('../../shared/compare/index.js')
  engine.catch(() => {}) // awaited below; a failure is reported there, not as an unhandled rejection
  if (values.output) await refuseOverwritingInput(values.output, [oldFile, newFile])
  const [oldInput, newInput] = await timings.phase('read', () => Promise.all([readInput(oldFile), readInput(newFile)]))
  const [oldText, newText] = await timings.phase('parse', () => Promise.all([
    readText(oldFile, oldInput.content, from, io), readText(newFile, newInput.content, from, io),
  ]))

  const { compareTexts } = await engine
  const phases: { align?: number; redline?: number } = {}
  const comparison = compareTexts(oldText, newText, { timings: phases })
  timings.add('align', phases.align ?? 0)
  timings.add('redline', phases.redline ?? 0)

  await timings.phase('write', async () => {
    const body = await render(format, comparison, oldText, newText, Boolean(values.all), colourWanted(values.output, io))
    if (values.output) await writeOutput(values.output, body, [oldFile, newFile])
    else io.stdout.write(body)
  })
  if (values.timings) io.stderr.write(timings.report() + '\n')
}

async function readText(file: string, content: string, format: TextFormat | undefined, io: Io): Promise<LegalText> {
  try {
    const result = await parseTextLazy(content, { name: path.basename(file), ...(format ? { format } : {}) })
    for (const w of result.warnings) io.stderr.write(`renvooi: ${file}${w.line ? `:${w.line}` : ''}: warning: ${w.message}\n`)
    return result.text
  } catch (e) {
    if (e instanceof ParseError) throw new CliError(e.message, file, e.line)
    throw e
  }
}

async function render(format: 'json' | 'text' | 'html', comparison: Comparison, oldText: LegalText, newText: LegalText, all: boolean, colour: boolean): Promise<string> {
  if (format === 'json') return JSON.stringify(comparison, null, 2) + '\n'
  if (format === 'html') return (await import('../../shared/report/comparison-html.js')).comparisonToHtml(comparison, oldText, newText)
  return (await import('../../shared/report/comparison-text.js')).comparisonToText(comparison, oldText, newText, { colour, all })
}

/** Colour only for a terminal, and never when NO_COLOR is set (no-color.org). */
function colourWanted(output: string | undefined, io: Io): boolean {
  return !output && Boolean(io.stdout.isTTY) && !io.env['NO_COLOR']
}
