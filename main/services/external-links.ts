/**
 * Which addresses may be handed to the system browser (Electron checklist item 15): comments and
 * sources may contain links, so they are untrusted. Only https, only these hosts, checked with
 * `URL` parsing — never `startsWith`, which would let `wetten.overheid.nl.evil.example` through.
 */
export const EXTERNAL_HOSTS: readonly string[] = [
  'wetten.overheid.nl',
  'zoek.officielebekendmakingen.nl',
  'www.officielebekendmakingen.nl',
  'www.internetconsultatie.nl',
  'eur-lex.europa.eu',
  'www.raadvanstate.nl',
]

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return false
  return EXTERNAL_HOSTS.includes(parsed.hostname)
}
