/**
 * The regeling an instruction amends, from a version's label as the app and the samples write
 * it ("Wetboek van Strafrecht, art. 273f (geldend)" → "Het Wetboek van Strafrecht"), with the
 * article Dutch gives it; null when the label does not start with the name of a regeling.
 */
export function regelingFromLabel(label: string): string | null {
  const name = label.split(/[,(]/)[0]!.trim()
  if (/^(Wetboek|Besluit)\b/i.test(name)) return `Het ${name}`
  if (/^(Wet|Regeling|Grondwet|Algemene wet)\b/i.test(name)) return `De ${name}`
  return null
}
