/**
 * The date and time a report states. A Dutch drafter reads local time, so a report gives the
 * wall-clock time of the machine that made it together with that machine's UTC offset at that
 * moment ("23-11-2026 15:05 (UTC+01:00)"): readable, and unambiguous when the file travels. The
 * report model keeps the moment as an ISO 8601 string that carries the same offset
 * ("2026-11-23T15:05:00+01:00"), so the model alone says both the instant and the local time.
 *
 * The time zone is a parameter (an IANA name such as "Europe/Amsterdam"); without one it is the
 * machine's own. Tests pass a zone, so they do not depend on the machine they run on.
 */

/** Minutes east of UTC that `timeZone` (default: this machine's) is at the instant `date`. */
export function utcOffsetMinutes(date: Date, timeZone?: string): number {
  if (timeZone === undefined) return -date.getTimezoneOffset()
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)!.value)
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'))
  return Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60_000)
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** "+01:00", "-05:00", "+05:30"; "+00:00" for UTC itself. */
export function offsetText(minutes: number): string {
  const abs = Math.abs(minutes)
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/** `date` as ISO 8601 local time with its offset, to the second: "2026-11-23T15:05:00+01:00". */
export function localIsoString(date: Date, timeZone?: string): string {
  const offset = utcOffsetMinutes(date, timeZone)
  const local = new Date(date.getTime() + offset * 60_000)
  const day = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`
  return `${day}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${offsetText(offset)}`
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const ZONED = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i

/**
 * The date a report states, from what the caller gave (the clock, or `renvooi report --date`):
 * a moment ("…Z", "…+02:00", or a date-time without zone, read as wall time in `timeZone`) becomes
 * local time with its offset in `timeZone`; a bare calendar date ("2026-11-23") stays a date, for
 * it names a day, not a moment, and must not move to the day before west of Greenwich.
 * Null when the text is no date.
 */
export function reportDate(input: string, timeZone?: string): string | null {
  const text = input.trim()
  if (DATE_ONLY.test(text)) return Number.isNaN(Date.parse(text)) ? null : text
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return null
  if (ZONED.test(text)) {
    const ms = Date.parse(text)
    return Number.isNaN(ms) ? null : localIsoString(new Date(ms), timeZone)
  }
  // Wall time in the zone: find the instant whose local time it is (twice, for the offset at that instant).
  const wall = Date.parse(`${text}Z`)
  if (Number.isNaN(wall)) return null
  let ms = wall - utcOffsetMinutes(new Date(wall), timeZone) * 60_000
  ms = wall - utcOffsetMinutes(new Date(ms), timeZone) * 60_000
  return localIsoString(new Date(ms), timeZone)
}

/**
 * The report date for a reader: "2026-11-23T15:05:00+01:00" → "23-11-2026 15:05 (UTC+01:00)",
 * the time as written in the string with the offset it carries ("Z" is "(UTC+00:00)"); a date
 * without time → "23-11-2026"; a date-time without zone (not made by this module) → its time
 * without an offset, for none is known. Anything else is returned as given.
 */
export function formatReportDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(iso.trim())
  if (!m) return iso
  const day = `${m[3]}-${m[2]}-${m[1]}`
  if (m[4] === undefined) return day
  const zone = m[6] === undefined ? '' : m[6].toUpperCase() === 'Z' ? ' (UTC+00:00)' : ` (UTC${m[6].slice(0, 3)}:${m[6].slice(-2)})`
  return `${day} ${m[4]}:${m[5]}${zone}`
}

/**
 * The instant of a report date as UTC ISO ("2026-11-23T14:05:00.000Z"), for machine-read fields
 * such as the w:date of tracked changes in DOCX; the text itself when it is no date.
 */
export function utcIsoString(iso: string): string {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString()
}
