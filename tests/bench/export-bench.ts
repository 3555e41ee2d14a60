/**
 * `npm run bench:export`: how long a report export takes, in every format, against the plain
 * comparison of the same pair in the same run.
 *
 * Every figure is a whole `renvooi` process (main/cli/bin.mjs — the CLI runs the very pipeline the
 * app's export runs, main/services/report-render.ts), timed wall-clock, median of a few runs after
 * one unmeasured warm-up, with peak RSS from GNU `/usr/bin/time` where available:
 *   - the art. 273f sample pair (samples/273f-*.md): html, pdf, docx, drieluik-docx, amendments,
 *     consultation;
 *   - a generated code of about 1,500 articles (tests/bench/generate.ts, seed 1, plain text):
 *     html and docx;
 *   - baseline, per pair: `renvooi compare OLD NEW --format json -o out.json`; every export is
 *     printed with its ratio to it.
 * Outputs go to scratch files (never /dev/null: the CLI writes atomically, temp file + rename).
 *
 * Options: --runs N (default 3)   --keep (keep the temp dir)
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generatePair } from './generate.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const CLI = path.join(ROOT, 'main/cli/bin.mjs')
const GNU_TIME = '/usr/bin/time'
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

const args = process.argv.slice(2)
const RUNS = Number(args[args.indexOf('--runs') + 1]) > 0 && args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3
const KEEP = args.includes('--keep')

interface Measured {
  readonly ms: number
  readonly bytes: number
  readonly peakMb: number | undefined
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

const hasGnuTime = (): boolean => existsSync(GNU_TIME) && /RSS=\d+/.test(spawnSync(GNU_TIME, ['-f', 'RSS=%M', 'true'], { encoding: 'utf8' }).stderr ?? '')
const GNU = hasGnuTime()

/** One `renvooi` command: warm-up, then `RUNS` timed runs; median time, output size, highest peak RSS. */
function measure(cliArgs: string[], out: string): Measured {
  const times: number[] = []
  const peaks: number[] = []
  for (let i = 0; i <= RUNS; i++) {
    const argv = GNU ? ['-f', 'BENCH_RSS_KB=%M', process.execPath, CLI, ...cliArgs] : [CLI, ...cliArgs]
    const start = process.hrtime.bigint()
    const r = spawnSync(GNU ? GNU_TIME : process.execPath, argv, { encoding: 'utf8', timeout: 300_000, env: { ...process.env, NO_COLOR: '1' } })
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    if (r.status !== 0) throw new Error(`renvooi ${cliArgs.join(' ')} failed (${r.status}): ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}`)
    if (i === 0) continue // warm-up: file cache, Chromium's first start
    times.push(ms)
    const kb = /BENCH_RSS_KB=(\d+)/.exec(r.stderr ?? '')?.[1]
    if (kb) peaks.push(Number(kb) / 1024)
  }
  return { ms: median(times), bytes: statSync(out).size, peakMb: peaks.length ? Math.max(...peaks) : undefined }
}

const fmtMs = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`)
const fmtSize = (b: number): string => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${(b / 1024).toFixed(1)} kB`)
const fmtMb = (mb: number | undefined): string => (mb === undefined ? 'n/a' : `${mb.toFixed(0)} MB`)

interface Pair {
  /** For the scratch files' names. */
  readonly id: string
  readonly name: string
  readonly old: string
  readonly new: string
  readonly formats: readonly string[]
}

function benchPair(pair: Pair, dir: string): void {
  const baseOut = path.join(dir, `${pair.id}-compare.json`)
  const baseline = measure(['compare', pair.old, pair.new, '--format', 'json', '-o', baseOut], baseOut)
  console.log(`\n${pair.name}`)
  console.log(`  ${'format'.padEnd(16)} ${'median'.padStart(9)} ${'× compare'.padStart(10)} ${'output'.padStart(10)} ${'peak RSS'.padStart(9)}`)
  console.log(`  ${'compare (json)'.padEnd(16)} ${fmtMs(baseline.ms).padStart(9)} ${'1.0×'.padStart(10)} ${fmtSize(baseline.bytes).padStart(10)} ${fmtMb(baseline.peakMb).padStart(9)}   ← baseline`)
  for (const format of pair.formats) {
    if (format.includes('pdf') && !CHROMIUM.some((c) => existsSync(c)) && !process.env['RENVOOI_CHROMIUM']) {
      console.log(`  ${format.padEnd(16)} skipped: no Chromium`)
      continue
    }
    const ext = format.includes('pdf') ? 'pdf' : format.includes('docx') ? 'docx' : format === 'amendments' ? 'txt' : 'html'
    const out = path.join(dir, `${pair.id}-${format}.${ext}`)
    const m = measure(['report', pair.old, pair.new, '--format', format, '--author', 'Bench', '--date', '2026-11-23T14:00:00Z', '-o', out], out)
    console.log(`  ${format.padEnd(16)} ${fmtMs(m.ms).padStart(9)} ${`${(m.ms / baseline.ms).toFixed(1)}×`.padStart(10)} ${fmtSize(m.bytes).padStart(10)} ${fmtMb(m.peakMb).padStart(9)}`)
  }
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'renvooi-export-bench-'))
try {
  console.log(`renvooi export benchmark — whole processes, median of ${RUNS} runs after a warm-up; peak RSS ${GNU ? 'from GNU time' : 'not available (no GNU time)'}`)
  console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`)
  benchPair({
    id: '273f',
    name: 'art. 273f sample (samples/273f-current.md → 273f-proposed.md)',
    old: path.join(ROOT, 'samples/273f-current.md'),
    new: path.join(ROOT, 'samples/273f-proposed.md'),
    formats: ['html', 'pdf', 'docx', 'drieluik-docx', 'amendments', 'consultation'],
  }, dir)
  const generated = generatePair({ articles: 1500, seed: 1 })
  const oldFile = path.join(dir, 'code-old.txt')
  const newFile = path.join(dir, 'code-new.txt')
  writeFileSync(oldFile, generated.oldText)
  writeFileSync(newFile, generated.newText)
  benchPair({ id: 'code1500', name: `generated code, 1,500 articles, seed 1 (${fmtSize(statSync(oldFile).size)} → ${fmtSize(statSync(newFile).size)}, plain text)`, old: oldFile, new: newFile, formats: ['html', 'docx'] }, dir)
} finally {
  if (KEEP) console.log(`\nkept ${dir}`)
  else rmSync(dir, { recursive: true, force: true })
}
