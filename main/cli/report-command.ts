import type { ReportFileFormat, ReportView } from '../../shared/host-api.js'
import type { TextFormat } from '../../shared/model/types.js'
import { writeOutput } from './output.js'
import { oneOf, parseCommandArgs } from './args.js'
import type { Io } from './compare-command.js'
import { CliError } from './errors.js'
import { loadSources } from './report-inputs.js'

declare const RENVOOI_VERSION: string | undefined

export const REPORT_USAGE = 'renvooi report PROJECT.renvooi | OLD NEW --format html|pdf|docx|drieluik|drieluik-pdf|drieluik-docx|amendments|consultation|consultation-pdf [-o FILE] [--author NAME] [--title T] [--date ISO] [--regeling NAAM] [--public] [--no-comments] [--no-provisions] [--changes-only] [--from md|text|bwb]'

const REPORT_HELP = `usage:
  ${REPORT_USAGE}

  PROJECT.renvooi        a project file (its comments and provisions are included), or
  OLD NEW                two texts (Markdown, plain text or BWB XML)
  --format F             html, pdf, docx (tracked changes and Word comments), drieluik,
                         drieluik-pdf, drieluik-docx (three columns), amendments
                         (wijzigingsopdrachten), consultation, consultation-pdf
  -o FILE                write to FILE once complete (required for the binary formats)
  --author NAME          author of the tracked changes and the document (default: Renvooi)
  --title T              title of the report (default: the project's, or the texts' labels)
  --date ISO             date stated in the report (default: now)
  --regeling NAAM        the regeling the amendment instructions change ("Het Wetboek van
                         Strafrecht"); by default taken from the current text's title
  --public               only comments that may be published (for a consultation report
                         to publish; without it the report is internal and says so)
  --no-comments          leave the comments out
  --no-provisions        leave the non-punishment provisions out
  --changes-only         leave out units that did not change
  --from md|text|bwb     the format of OLD and NEW, when detection should be overridden
`

const FORMATS = ['html', 'pdf', 'docx', 'drieluik', 'drieluik-pdf', 'drieluik-docx', 'amendments', 'consultation', 'consultation-pdf'] as const
type Format = (typeof FORMATS)[number]
const BINARY: ReadonlySet<Format> = new Set(['pdf', 'docx', 'drieluik-pdf', 'drieluik-docx', 'consultation-pdf'])

/**
 * `renvooi report`: the comparison report for consultation, in one of its renderings, all from
 * the one report model of shared/report. Binary formats need `-o`; every output is written
 * atomically, so a failed export never leaves a half-written file.
 */
export async function reportCommand(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string' }, output: { type: 'string', short: 'o' }, author: { type: 'string' }, title: { type: 'string' },
    date: { type: 'string' }, regeling: { type: 'string' }, public: { type: 'boolean' }, from: { type: 'string' },
    'no-comments': { type: 'boolean' }, 'no-provisions': { type: 'boolean' }, 'changes-only': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  }, REPORT_USAGE)
  if (values.help) {
    io.stdout.write(REPORT_HELP)
    return
  }
  if (positionals.length < 1 || positionals.length > 2) throw new CliError(`report needs a project file, or two text files OLD NEW\nusage: ${REPORT_USAGE}`)
  if (values.format === undefined) throw new CliError(`report needs --format (${FORMATS.join(', ')})`)
  const format = oneOf(values.format, FORMATS, 'format', 'html')
  if (BINARY.has(format) && !values.output) throw new CliError(`--format ${format} writes a binary file; give -o FILE`)
  // The report states the time in this machine's time zone (TZ), with its offset.
  const date = values.date ?? new Date().toISOString()
  const { reportDate } = await import('../../shared/report/datetime.js')
  if (reportDate(date) === null) throw new CliError(`--date must be an ISO date such as 2026-11-23, 2026-11-23T15:00 or 2026-11-23T14:00:00Z (got "${date}")`)
  const from = values.from === undefined ? undefined : oneOf<TextFormat>(values.from, ['md', 'text', 'bwb'], 'from', 'md')

  const sources = await loadSources(positionals, from, io)
  // As the app does: the regeling named in the amendment instructions from the current text's title.
  const { regelingFromLabel } = await import('../../shared/report/regeling.js')
  const regeling = values.regeling?.trim() || regelingFromLabel(sources.old.label)
  const { renderReport } = await import('../services/report-render.js')
  const pdf = await import('../services/report-pdf.js')
  const chromium = (): string => {
    try {
      return pdf.findChromium(io.env)
    } catch (e) {
      if (e instanceof pdf.NoChromiumError) throw new CliError(e.message)
      throw e
    }
  }
  const rendered = await renderReport(sources, {
    ...SETTINGS[format],
    title: values.title ?? null, author: values.author ?? 'Renvooi',
    includeComments: !values['no-comments'], includeProvisions: !values['no-provisions'],
    publishableOnly: Boolean(values.public), changesOnly: Boolean(values['changes-only']),
    date, renvooiVersion: typeof RENVOOI_VERSION === 'string' ? RENVOOI_VERSION : 'dev',
    ...(regeling ? { regeling } : {}),
  }, { chromium })
  await output(rendered.body, values.output, positionals, io)
}

/** The CLI's formats as a view of the report model in a file format (as the app names them). */
const SETTINGS: { readonly [F in Format]: { view: ReportView; format: ReportFileFormat } } = {
  html: { view: 'comparison', format: 'html' },
  pdf: { view: 'comparison', format: 'pdf' },
  docx: { view: 'comparison', format: 'docx' },
  drieluik: { view: 'drieluik', format: 'html' },
  'drieluik-pdf': { view: 'drieluik', format: 'pdf' },
  'drieluik-docx': { view: 'drieluik', format: 'docx' },
  amendments: { view: 'amendments', format: 'text' },
  consultation: { view: 'consultation', format: 'html' },
  'consultation-pdf': { view: 'consultation', format: 'pdf' },
}

async function output(body: string | Buffer, file: string | undefined, inputs: readonly string[], io: Io): Promise<void> {
  if (!file) {
    io.stdout.write(body)
    return
  }
  await writeOutput(file, body, inputs)
}
