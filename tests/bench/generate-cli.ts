/**
 * Writes a generated benchmark pair to a directory:
 *   tsx tests/bench/generate-cli.ts --articles 1500 --seed 1 --out DIR
 * Files: old.txt, new.txt, old.xml, new.xml and truth.json (the applied operations).
 * --continuous-titels numbers titels through the whole text instead of per Boek.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { generatePair } from './generate.js'

function usage(message?: string): never {
  if (message) process.stderr.write(`generate-cli: ${message}\n`)
  process.stderr.write('usage: tsx tests/bench/generate-cli.ts [--articles N] [--seed S] [--continuous-titels] --out DIR\n')
  process.exit(2)
}

const args = process.argv.slice(2)
let articles = 1500
let seed = 1
let out: string | undefined
let titelNumbering: 'per-boek' | 'continuous' = 'per-boek'
for (let i = 0; i < args.length; i++) {
  const a = args[i]
  const value = (): string => {
    const v = args[++i]
    if (v === undefined) usage(`${a} needs a value`)
    return v
  }
  if (a === '--articles') articles = Number(value())
  else if (a === '--seed') seed = Number(value())
  else if (a === '--out' || a === '-o') out = value()
  else if (a === '--continuous-titels') titelNumbering = 'continuous'
  else if (a === '--help' || a === '-h') usage()
  else usage(`unknown argument ${a}`)
}
if (!out) usage('--out is required')
if (!Number.isInteger(articles) || articles < 10) usage('--articles must be an integer ≥ 10')
if (!Number.isInteger(seed)) usage('--seed must be an integer')

const dir = resolve(out)
mkdirSync(dir, { recursive: true })
const t0 = performance.now()
const pair = generatePair({ articles, seed, titelNumbering })
const ms = performance.now() - t0
const files: Array<[string, string]> = [
  ['old.txt', pair.oldText],
  ['new.txt', pair.newText],
  ['old.xml', pair.oldXml],
  ['new.xml', pair.newXml],
  ['truth.json', JSON.stringify(pair.truth, null, 1) + '\n'],
]
for (const [name, content] of files) writeFileSync(join(dir, name), content)

const t = pair.truth
const kb = (s: string): string => `${Math.round(Buffer.byteLength(s) / 1024)} KB`
process.stdout.write(
  [
    `generated in ${ms.toFixed(0)} ms → ${dir}`,
    `  articles ${t.articles.old} → ${t.articles.new}, units ${t.units.old} → ${t.units.new}`,
    `  old.txt ${kb(pair.oldText)}, new.txt ${kb(pair.newText)}, old.xml ${kb(pair.oldXml)}, new.xml ${kb(pair.newXml)}`,
    `  inserted articles ${t.insertedArticles.length}, deleted ${t.deletedArticles.length}, renumbered ${t.renumberedArticles.length}`,
    `  inserted leden ${t.insertedLeden.length}, moved ${t.moved.length} (${t.moved.filter((m) => m.acrossArticles).length} across articles), splits ${t.splits.length}, merges ${t.merges.length}`,
    `  renumbered units ${t.renumbered.length}, word edits ${t.wordEdits.length}, mapped units ${t.mapping.length}`,
  ].join('\n') + '\n',
)
