import type { TextFormat } from '../../shared/model/types.js'
import type { ReportModel } from '../../shared/report/model.js'
import { writeOutput } from './output.js'
import { oneOf, parseCommandArgs } from './args.js'
import type { Io } from './compare-command.js'
import { CliError } from './errors.js'
import { loadSources, type ReportSources } from './report-inputs.js'

declare const RENVOOI_VERSION: string | undefined

export const REPORT_USAGE = 'renvooi report PROJECT.renvooi | OLD NEW --format html|pdf|docx|drieluik|drieluik-pdf|drieluik-docx|amendments|consultation|consultation-pdf [-o FILE] [--author NAME] [--title T] [--date ISO] [--regeling NAAM] [--public] [--no-comments] [--no-provisions] [--changes-only] [--from md|text|bwb]'

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
  }, REPORT_USAGE)
  if (positionals.length < 1 || positionals.length > 2) throw new CliError(`report needs a project file, or two text files OLD NEW\nusage: ${REPORT_USAGE}`)
  if (values.format === undefined) throw new CliError(`report needs --format (${FORMATS.join(', ')})`)
  const format = oneOf(values.format, FORMATS, 'format', 'html')
  if (BINARY.has(format) && !values.output) throw new CliError(`--format ${format} writes a binary file; give -o FILE`)
  const date = values.date ?? new Date().toISOString()
  if (Number.isNaN(Date.parse(date))) throw new CliError(`--date must be an ISO date such as 2026-11-23 or 2026-11-23T14:00:00Z (got "${date}")`)
  const from = values.from === undefined ? undefined : oneOf<TextFormat>(values.from, ['md', 'text', 'bwb'], 'from', 'md')

  const sources = await loadSources(positionals, from, io)
  const { compareTexts } = await import('../../shared/compare/index.js')
  const comparison = compareTexts(sources.oldText, sources.newText)
  const title = values.title ?? sources.title ?? `Renvooi: ${sources.old.label} → ${sources.new.label}`

  if (format === 'amendments') {
    const { amendmentsFor, amendmentsToText } = await import('../../shared/report/amendments.js')
    const opts = values.regeling ? { regeling: values.regeling } : {}
    return output(amendmentsToText(amendmentsFor(sources.oldText, sources.newText, comparison, opts), opts), values.output, positionals, io)
  }
  const { buildReportModel } = await import('../../shared/report/model.js')
  const model = buildReportModel({
    oldText: sources.oldText, newText: sources.newText, comparison,
    comments: sources.comments,
    provisions: sources.provisions,
    options: {
      title, author: values.author ?? 'Renvooi', includeComments: !values['no-comments'], publishableOnly: Boolean(values.public),
      includeProvisions: !values['no-provisions'],
      provenance: { old: sources.old, new: sources.new, date: new Date(date).toISOString(), renvooiVersion: typeof RENVOOI_VERSION === 'string' ? RENVOOI_VERSION : 'dev' },
    },
  })
  await output(await render(format, model, sources, io, { changesOnly: Boolean(values['changes-only']) }), values.output, positionals, io)
}

async function render(format: Exclude<Format, 'amendments'>, model: ReportModel, sources: ReportSources, io: Io, html: { changesOnly: boolean }): Promise<string | Buffer> {
  switch (format) {
    case 'html':
    case 'drieluik':
      return (await import('../../shared/report/report-html.js')).reportToHtml(model, { ...html, layout: format === 'drieluik' ? 'drieluik' : 'side-by-side' })
    case 'consultation':
      return (await import('../../shared/report/consultation.js')).consultationToHtml(model)
    case 'docx': {
      const { reportToDocx } = await import('../../shared/report/docx.js')
      return (await import('../services/report-docx.js')).packDocx(reportToDocx(model))
    }
    case 'drieluik-docx': {
      const { drieluikToDocx } = await import('../../shared/report/drieluik-docx.js')
      return (await import('../services/report-docx.js')).packDocx(drieluikToDocx(model))
    }
    case 'pdf':
    case 'drieluik-pdf':
    case 'consultation-pdf': {
      // The PDF is the HTML of the same export, paged by Chromium.
      const page = format === 'consultation-pdf'
        ? (await import('../../shared/report/consultation.js')).consultationToHtml(model)
        : (await import('../../shared/report/report-html.js')).reportToHtml(model, { ...html, layout: format === 'drieluik-pdf' ? 'drieluik' : 'side-by-side' })
      const { formatDate } = await import('../../shared/report/html-parts.js')
      const pdf = await import('../services/report-pdf.js')
      let chromium: string
      try {
        chromium = pdf.findChromium(io.env)
      } catch (e) {
        if (e instanceof pdf.NoChromiumError) throw new CliError(e.message)
        throw e
      }
      const frame = { title: model.title, versions: `${sources.old.label} → ${sources.new.label}`, date: formatDate(model.provenance.date) }
      return pdf.htmlToPdf(page, frame, chromium)
    }
  }
}

async function output(body: string | Buffer, file: string | undefined, inputs: readonly string[], io: Io): Promise<void> {
  if (!file) {
    io.stdout.write(body)
    return
  }
  await writeOutput(file, body, inputs)
}
