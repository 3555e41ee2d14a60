// The time a report states: local time of the machine that made it, with its UTC offset. Every
// test names its time zone, so none depends on the zone of the machine that runs it.
import { describe, expect, it } from 'vitest'
import { createProject } from '../../shared/project/index.js'
import { formatReportDate, localIsoString, offsetText, reportDate, utcIsoString, utcOffsetMinutes } from '../../shared/report/datetime.js'
import { ReportExports } from '../../main/services/report-export.js'
import { renderReport, type ReportSettings } from '../../main/services/report-render.js'
import { sourcesFromProject } from '../../main/services/report-sources.js'
import { docxParts, sampleText } from './report-helpers.js'

const at = (iso: string): Date => new Date(iso)

describe('local time with its offset', () => {
  it.each([
    // [instant, zone, ISO with offset, as printed]
    ['2026-11-23T14:05:00Z', 'Europe/Amsterdam', '2026-11-23T15:05:00+01:00', '23-11-2026 15:05 (UTC+01:00)'], // winter time
    ['2026-07-01T12:30:00Z', 'Europe/Amsterdam', '2026-07-01T14:30:00+02:00', '01-07-2026 14:30 (UTC+02:00)'], // summer time
    ['2026-11-23T14:05:00Z', 'America/New_York', '2026-11-23T09:05:00-05:00', '23-11-2026 09:05 (UTC-05:00)'], // negative offset
    ['2026-11-23T02:00:00Z', 'America/New_York', '2026-11-22T21:00:00-05:00', '22-11-2026 21:00 (UTC-05:00)'], // the day before
    ['2026-11-23T14:05:00Z', 'Asia/Kolkata', '2026-11-23T19:35:00+05:30', '23-11-2026 19:35 (UTC+05:30)'], // half an hour
    ['2026-11-23T14:05:00Z', 'UTC', '2026-11-23T14:05:00+00:00', '23-11-2026 14:05 (UTC+00:00)'],
  ])('%s in %s is %s, printed "%s"', (instant, zone, iso, printed) => {
    expect(localIsoString(at(instant), zone)).toBe(iso)
    expect(Date.parse(iso)).toBe(Date.parse(instant)) // the same moment
    expect(formatReportDate(iso)).toBe(printed)
    expect(utcIsoString(iso)).toBe(new Date(instant).toISOString())
  })

  it('follows summer time over the switch (Amsterdam, 29 March 2026, 02:00 → 03:00)', () => {
    expect(localIsoString(at('2026-03-29T00:59:59Z'), 'Europe/Amsterdam')).toBe('2026-03-29T01:59:59+01:00')
    expect(localIsoString(at('2026-03-29T01:00:00Z'), 'Europe/Amsterdam')).toBe('2026-03-29T03:00:00+02:00')
    expect(utcOffsetMinutes(at('2026-10-25T00:59:59Z'), 'Europe/Amsterdam')).toBe(120)
    expect(utcOffsetMinutes(at('2026-10-25T01:00:00Z'), 'Europe/Amsterdam')).toBe(60)
  })

  it('writes offsets with sign, hours and minutes', () => {
    expect([60, 120, -300, 330, 0, -570].map(offsetText)).toEqual(['+01:00', '+02:00', '-05:00', '+05:30', '+00:00', '-09:30'])
  })

  it('uses the machine\'s own zone when none is given, keeping the moment', () => {
    const d = at('2026-11-23T14:05:07Z')
    const iso = localIsoString(d)
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/)
    expect(Date.parse(iso)).toBe(d.getTime())
    expect(iso.slice(-6)).toBe(offsetText(-d.getTimezoneOffset()))
  })
})

describe('the date a report is given', () => {
  it('states a moment in the report\'s zone, whatever zone it was given in', () => {
    expect(reportDate('2026-11-23T14:05:00.000Z', 'Europe/Amsterdam')).toBe('2026-11-23T15:05:00+01:00')
    expect(reportDate('2026-07-01T08:00:00-04:00', 'Europe/Amsterdam')).toBe('2026-07-01T14:00:00+02:00')
    expect(reportDate('2026-11-23T15:05:00+01:00', 'America/New_York')).toBe('2026-11-23T09:05:00-05:00')
  })

  it('reads a date-time without zone as wall time in the report\'s zone', () => {
    expect(reportDate('2026-07-01T14:00', 'Europe/Amsterdam')).toBe('2026-07-01T14:00:00+02:00')
    expect(reportDate('2026-11-23T14:00:00', 'Europe/Amsterdam')).toBe('2026-11-23T14:00:00+01:00')
    expect(reportDate('2026-11-23T14:00', 'America/New_York')).toBe('2026-11-23T14:00:00-05:00')
  })

  it('keeps a bare date a date, printed without a time (it must not become the day before west of UTC)', () => {
    expect(reportDate('2026-11-23', 'America/New_York')).toBe('2026-11-23')
    expect(formatReportDate('2026-11-23')).toBe('23-11-2026')
  })

  it('refuses what is no ISO date', () => {
    for (const bad of ['gisteren', '', '23-11-2026', 'Nov 23 2026', '2026-13-45', '2026-11-23T25:00Z']) expect(reportDate(bad, 'UTC')).toBeNull()
  })
})

describe('every report states local time with its offset', () => {
  const project = createProject('Modernisering art. 273f Sr',
    { label: 'Sr art. 273f (geldend)', format: 'md', content: sampleText('273f-current.md'), source: null },
    { label: 'Voorstel', format: 'md', content: sampleText('273f-proposed.md'), source: null })
  const settings = (extra: Partial<ReportSettings>): ReportSettings => ({
    view: 'comparison', format: 'html', title: null, author: 'A', includeComments: true, includeProvisions: true,
    publishableOnly: false, changesOnly: false, date: '2026-11-23T14:05:00Z', renvooiVersion: 't', ...extra,
  })

  it.each([
    ['Europe/Amsterdam', '2026-11-23T14:05:00Z', '23-11-2026 15:05 (UTC+01:00)'],
    ['Europe/Amsterdam', '2026-07-01T12:05:00Z', '01-07-2026 14:05 (UTC+02:00)'],
    ['America/Sao_Paulo', '2026-11-23T14:05:00Z', '23-11-2026 11:05 (UTC-03:00)'],
  ])('in %s: HTML, drieluik, consultation report, DOCX and the PDF header', async (timeZone, date, printed) => {
    const sources = await sourcesFromProject(project, 'p')
    const page = async (extra: Partial<ReportSettings>): Promise<string> => String((await renderReport(sources, settings({ timeZone, date, ...extra }))).body)
    for (const view of ['comparison', 'drieluik', 'consultation'] as const) {
      expect(await page({ view })).toContain(`Gemaakt op ${printed} met Renvooi t.`)
    }
    for (const view of ['comparison', 'drieluik'] as const) {
      const { body } = await renderReport(sources, settings({ view, format: 'docx', timeZone, date }))
      const { document } = await docxParts(body as Buffer)
      if (view === 'comparison') {
        expect(document).toContain(`Gemaakt op ${printed} met Renvooi t.`)
        // Tracked changes carry the instant for Word, in UTC.
        const dates = new Set([...document.matchAll(/w:date="([^"]*)"/g)].map((m) => m[1]))
        expect(dates).toEqual(new Set([new Date(date).toISOString()]))
      }
    }
    let frameDate = ''
    await renderReport(sources, settings({ format: 'pdf', timeZone, date }), { printPdf: async (_html, frame) => { frameDate = frame.date; return new Uint8Array([37]) } })
    expect(frameDate).toBe(printed)
  })

  it('the app\'s export states its clock in the configured zone', async () => {
    const exports = new ReportExports({ version: '1.2.3', now: () => at('2026-07-01T12:05:00Z'), timeZone: 'Europe/Amsterdam' })
    const request = {
      project, view: 'comparison', format: 'html', title: '', author: 'M. de Vries',
      includeComments: true, includeProvisions: true, publishableOnly: false, changesOnly: false,
    } as const
    expect(await exports.preview(request)).toContain('Gemaakt op 01-07-2026 14:05 (UTC+02:00) met Renvooi 1.2.3.')
    const west = new ReportExports({ version: '1.2.3', now: () => at('2026-07-01T12:05:00Z'), timeZone: 'America/Los_Angeles' })
    expect(await west.preview(request)).toContain('Gemaakt op 01-07-2026 05:05 (UTC-07:00) met Renvooi 1.2.3.')
  })

  it('refuses a date that is none', async () => {
    const sources = await sourcesFromProject(project, 'p')
    await expect(renderReport(sources, settings({ date: 'gisteren' }))).rejects.toThrow(/not an ISO date/)
  })
})
