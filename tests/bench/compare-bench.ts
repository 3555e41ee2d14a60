/**
 * `npm run bench`: Renvooi against `git diff --word-diff` on generated statute pairs of
 * 150 / 1,500 / 15,000 articles (tests/bench/generate.ts).
 *
 * Measures, per size:
 *   (a) in-process compare (parseText ×2 + compareTexts) on the plain-text pair and on the BWB XML
 *       pair — median after a warm-up, in a child process so that a runaway engine can be stopped;
 *   (b) whole process: `node main/cli/bin.mjs compare old.txt new.txt --format json -o out.json --timings`
 *       (output to a scratch file, not /dev/null: the CLI writes atomically — temp file + rename —
 *       and renaming over /dev/null as root replaces the device with a regular file);
 *   (c) baseline: `git diff --no-index --word-diff=plain old.txt new.txt > /dev/null`;
 * with peak RSS from GNU `/usr/bin/time` where available, and prints ratios, growth factors,
 * how much of the generator's known changes the engine reports, and a verdict against the
 * targets at 1,500 articles (in-process ≤ 2× git, whole process ≤ 6× git, peak < 300 MB).
 *
 * Options: --sizes 150,1500   --seed N   --keep (keep the temp dir)   --strict (exit 1 on FAIL)
 *          --titels per-boek|continuous (default: per-boek, as in BW/Sr — falls back to continuous,
 *          with a note, when the parser rejects repeated titel numbers across boeken)
 * Environment: BENCH_SIZES=150,1500 (same as --sizes).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Comparison } from '../../shared/compare/types.js'
import type { LegalText, ParseWarning, TextFormat } from '../../shared/model/types.js'
import { generatePair, type Truth } from './generate.js'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, '../..')
const PARSE_MODULE = path.join(ROOT, 'shared/parse/index.ts')
const COMPARE_MODULE = path.join(ROOT, 'shared/compare/index.ts')
const CLI = path.join(ROOT, 'main/cli/bin.mjs')
const GNU_TIME = '/usr/bin/time'

const TARGETS = { size: 1500, inProcess: 2, wholeProcess: 6, peakMb: 300 }

interface Plan {
  /** In-process: warm-up runs, measured runs, stop adding runs after this much time per format. */
  warmup: number
  runs: number
  budgetMs: number
  /** Kill the in-process child after this long. */
  childTimeoutMs: number
  /** Whole-process and git runs (after one unmeasured warm-up run when `procWarmup`); stop adding runs after `procBudgetMs`. */
  procRuns: number
  procWarmup: boolean
  procBudgetMs: number
  procTimeoutMs: number
}

function planFor(articles: number): Plan {
  if (articles <= 2000) {
    return { warmup: 1, runs: 5, budgetMs: 30_000, childTimeoutMs: 90_000, procRuns: 5, procWarmup: true, procBudgetMs: 30_000, procTimeoutMs: 60_000 }
  }
  // 15,000 articles: 1–3 runs, as many as fit in the budget; a run at this size warms itself up.
  return { warmup: 0, runs: 3, budgetMs: 15_000, childTimeoutMs: 100_000, procRuns: 3, procWarmup: false, procBudgetMs: 20_000, procTimeoutMs: 60_000 }
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}
const fmtMs = (ms: number | undefined): string =>
  ms === undefined || !Number.isFinite(ms) ? 'n/a' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`
const fmtMb = (mb: number | undefined): string => (mb === undefined || !Number.isFinite(mb) ? 'n/a' : `${mb.toFixed(0)} MB`)
const fmtX = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? 'n/a' : `${x.toFixed(x >= 10 ? 0 : 1)}×`)
const ratio = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b <= 0 ? undefined : a / b
const fmtInt = (n: number): string => n.toLocaleString('en-US')
const pct = (found: number, total: number): string => (total === 0 ? '–' : `${found}/${total}`)

function hasGnuTime(): boolean {
  if (!existsSync(GNU_TIME)) return false
  const r = spawnSync(GNU_TIME, ['-f', 'BENCH_RSS_KB=%M', 'true'], { encoding: 'utf8' })
  return r.status === 0 && /BENCH_RSS_KB=\d+/.test(r.stderr ?? '')
}

// ---------------------------------------------------------------------------------------------
// Child mode: in-process measurement (run in a separate process so it can be timed out)

interface PhaseRun {
  parse: number
  compare: number
  total: number
}
interface Quality {
  mapping: [number, number]
  pathChanged: [number, number]
  insertedArticles: [number, number]
  deletedArticles: [number, number]
  splits: [number, number]
  merges: [number, number]
  wordEdits: [number, number]
  changes: Record<string, number>
}
interface FormatResult {
  ok: boolean
  error?: string
  runs: PhaseRun[]
  warnings: number
  units?: { old: number; new: number }
  quality?: Quality
}
interface ChildResult {
  ok: boolean
  error?: string
  formats: Partial<Record<'text' | 'bwb', FormatResult>>
  maxRssMb: number
}

type ParseFn = (content: string, opts: { name: string; format?: TextFormat }) => { text: LegalText; warnings: readonly ParseWarning[] }
type CompareFn = (a: LegalText, b: LegalText) => Comparison

async function loadEngine(): Promise<{ parseText: ParseFn; compareTexts: CompareFn }> {
  for (const f of [PARSE_MODULE, COMPARE_MODULE]) {
    if (!existsSync(f)) throw new Error(`${path.relative(ROOT, f)} does not exist yet`)
  }
  // Variable specifiers: the modules may not exist while the generator is used on its own.
  const parseMod = (await import(pathToFileURL(PARSE_MODULE).href)) as { parseText?: unknown }
  const compareMod = (await import(pathToFileURL(COMPARE_MODULE).href)) as { compareTexts?: unknown }
  if (typeof parseMod.parseText !== 'function') throw new Error('shared/parse/index.ts does not export parseText()')
  if (typeof compareMod.compareTexts !== 'function') throw new Error('shared/compare/index.ts does not export compareTexts()')
  return { parseText: parseMod.parseText as ParseFn, compareTexts: compareMod.compareTexts as CompareFn }
}

/** How much of the generator's truth the comparison reports. */
function checkQuality(cmp: Comparison, truth: Truth): Quality {
  const pairs = new Set<string>()
  const changes: Record<string, number> = {}
  const key = (o: string, n: string): string => `${o}\u0000${n}`
  const splits = new Set<string>()
  const merges = new Set<string>()
  const inserted = new Set<string>()
  const deleted = new Set<string>()
  const modified = new Set<string>()
  for (const c of cmp.changes) {
    changes[c.kind] = (changes[c.kind] ?? 0) + 1
    if (c.old.length === 1 && c.new.length === 1) {
      const o = c.old[0] as string
      const n = c.new[0] as string
      pairs.add(key(o, n))
      if (c.kind === 'modified') modified.add(key(o, n))
    }
    if (c.kind === 'split') for (const o of c.old) splits.add(`${o}\u0000${[...c.new].sort().join('|')}`)
    if (c.kind === 'merged') for (const n of c.new) merges.add(`${[...c.old].sort().join('|')}\u0000${n}`)
    if (c.kind === 'inserted') c.new.forEach((p) => inserted.add(p))
    if (c.kind === 'deleted') c.old.forEach((p) => deleted.add(p))
  }
  const count = <T>(xs: readonly T[], ok: (x: T) => boolean): [number, number] => [xs.filter(ok).length, xs.length]
  const changed = truth.mapping.filter((m) => m.old !== m.new)
  return {
    mapping: count(truth.mapping, (m) => pairs.has(key(m.old, m.new))),
    pathChanged: count(changed, (m) => pairs.has(key(m.old, m.new))),
    insertedArticles: count(truth.insertedArticles, (p) => inserted.has(p)),
    deletedArticles: count(truth.deletedArticles, (p) => deleted.has(p)),
    splits: count(truth.splits, (s) => splits.has(`${s.old}\u0000${[...s.new].sort().join('|')}`)),
    merges: count(truth.merges, (m) => merges.has(`${[...m.old].sort().join('|')}\u0000${m.new}`)),
    wordEdits: count(truth.wordEdits, (e) => pairs.has(key(e.old, e.new)) && !cmpUnchanged(cmp, e.old, e.new)),
    changes,
  }
}
/** True when the engine reports old→new as unchanged (a missed word edit). */
const unchangedCache = new WeakMap<Comparison, Set<string>>()
function cmpUnchanged(cmp: Comparison, o: string, n: string): boolean {
  let set = unchangedCache.get(cmp)
  if (!set) {
    set = new Set(cmp.changes.filter((c) => c.kind === 'unchanged' && c.old.length === 1 && c.new.length === 1).map((c) => `${c.old[0]}\u0000${c.new[0]}`))
    unchangedCache.set(cmp, set)
  }
  return set.has(`${o}\u0000${n}`)
}

async function childMain(dir: string, warmup: number, runs: number, budgetMs: number): Promise<void> {
  const result: ChildResult = { ok: false, formats: {}, maxRssMb: 0 }
  const emit = (): void => {
    result.maxRssMb = process.resourceUsage().maxRSS / 1024
    process.stdout.write(`\nBENCH_RESULT ${JSON.stringify(result)}\n`)
  }
  let engine: { parseText: ParseFn; compareTexts: CompareFn }
  try {
    engine = await loadEngine()
  } catch (e) {
    result.error = `engine not available: ${(e as Error).message}`
    emit()
    return
  }
  result.ok = true
  const truth = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8')) as Truth
  for (const [fmt, ext] of [
    ['text', 'txt'],
    ['bwb', 'xml'],
  ] as const) {
    const oldC = readFileSync(path.join(dir, `old.${ext}`), 'utf8')
    const newC = readFileSync(path.join(dir, `new.${ext}`), 'utf8')
    const fr: FormatResult = { ok: false, runs: [], warnings: 0 }
    result.formats[fmt] = fr
    let last: Comparison | undefined
    try {
      const gc = (globalThis as { gc?: () => void }).gc
      const once = (): PhaseRun => {
        // Drop the previous run's result and collect outside the timed region, so that runs
        // do not pay for each other's garbage.
        last = undefined
        gc?.()
        const t0 = performance.now()
        const a = engine.parseText(oldC, { name: `old.${ext}`, format: fmt })
        const b = engine.parseText(newC, { name: `new.${ext}`, format: fmt })
        const t1 = performance.now()
        last = engine.compareTexts(a.text, b.text)
        const t2 = performance.now()
        fr.warnings = a.warnings.length + b.warnings.length
        return { parse: t1 - t0, compare: t2 - t1, total: t2 - t0 }
      }
      let spent = 0
      for (let i = 0; i < warmup; i++) spent += once().total
      for (let i = 0; i < runs; i++) {
        const r = once()
        fr.runs.push(r)
        spent += r.total
        if (spent > budgetMs) break
      }
      fr.ok = true
      if (last) {
        fr.units = { old: last.old.units, new: last.new.units }
        try {
          fr.quality = checkQuality(last, truth)
        } catch (e) {
          fr.error = `quality check failed: ${(e as Error).message}`
        }
      }
    } catch (e) {
      const err = e as Error
      fr.error = `${err.name}: ${err.message}`.slice(0, 300)
    }
  }
  emit()
}

// ---------------------------------------------------------------------------------------------
// Parent: processes

interface ProcResult {
  ok: boolean
  error?: string
  ms: number[]
  rssMb: number[]
  note?: string
  timings?: string
}

/** Runs `cmd args` (wrapped in GNU time when available) `runs` times; stdout goes to /dev/null. */
function measureProcess(
  cmd: string,
  args: string[],
  opts: {
    cwd: string
    runs: number
    warmup: boolean
    budgetMs: number
    timeoutMs: number
    okStatus: readonly number[]
    gnuTime: boolean
    env?: NodeJS.ProcessEnv
  },
): ProcResult {
  const res: ProcResult = { ok: true, ms: [], rssMb: [] }
  const total = opts.runs + (opts.warmup ? 1 : 0)
  let spent = 0
  for (let i = 0; i < total; i++) {
    if (res.ms.length > 0 && spent > opts.budgetMs) break
    const file = opts.gnuTime ? GNU_TIME : cmd
    const argv = opts.gnuTime ? ['-f', 'BENCH_RSS_KB=%M', cmd, ...args] : args
    const t0 = performance.now()
    const r: SpawnSyncReturns<string> = spawnSync(file, argv, {
      cwd: opts.cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      timeout: opts.timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
      env: opts.env ?? process.env,
    })
    const ms = performance.now() - t0
    spent += ms
    const stderr = r.stderr ?? ''
    if (r.error || r.signal) {
      res.ok = false
      res.error = r.error ? r.error.message : `killed by ${r.signal}${r.signal === 'SIGTERM' ? ` (timeout ${opts.timeoutMs / 1000} s)` : ''}`
      return res
    }
    if (!opts.okStatus.includes(r.status ?? -1)) {
      res.ok = false
      const msg = stderr
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('BENCH_RSS_KB=') && !l.startsWith('Command exited with non-zero status'))
        .slice(0, 3)
        .join(' | ')
      res.error = `exit ${r.status}${msg ? `: ${msg.slice(0, 300)}` : ''}`
      return res
    }
    if (r.status !== 0 && !res.note) res.note = `exit status ${r.status}`
    const rss = /BENCH_RSS_KB=(\d+)/.exec(stderr)
    const timingLines = stderr.split('\n').filter((l) => l.trim() && !l.startsWith('BENCH_RSS_KB=') && !l.startsWith('Command exited with non-zero status'))
    if (timingLines.length > 0) res.timings = timingLines.join(' | ').slice(0, 400)
    if (opts.warmup && i === 0) continue
    res.ms.push(ms)
    if (rss) res.rssMb.push(Number(rss[1]) / 1024)
    else {
      // Without GNU time, take the peak from the --timings line (e.g. "peak 123 MB" / "rss=123.4MB").
      const m = /(?:peak|rss|memory)[^0-9]{0,20}(\d+(?:\.\d+)?)\s*(MB|MiB|KB|kB|GB)/i.exec(stderr)
      if (m) res.rssMb.push(Number(m[1]) * (/^k/i.test(m[2] as string) ? 1 / 1024 : /^G/.test(m[2] as string) ? 1024 : 1))
    }
  }
  return res
}

function runChild(dir: string, plan: Plan): ChildResult {
  const self = fileURLToPath(import.meta.url)
  const r = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, self, '--child', dir, String(plan.warmup), String(plan.runs), String(plan.budgetMs)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: plan.childTimeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('BENCH_RESULT '))
  if (line) return JSON.parse(line.slice('BENCH_RESULT '.length)) as ChildResult
  const why = r.signal
    ? `stopped after ${plan.childTimeoutMs / 1000} s (${r.signal}) — far slower than expected`
    : `child exited ${r.status}: ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' | ').slice(0, 300)}`
  return { ok: false, error: why, formats: {}, maxRssMb: 0 }
}

// ---------------------------------------------------------------------------------------------
// Parent: main

interface SizeResult {
  articles: number
  truth: Truth
  bytes: { txt: number; xml: number }
  genMs: number
  git: ProcResult
  cli?: ProcResult
  child?: ChildResult
}

type TitelNumbering = 'per-boek' | 'continuous'

function parseArgs(argv: string[]): { sizes: number[]; seed: number; keep: boolean; strict: boolean; titels?: TitelNumbering } {
  let sizes = (process.env.BENCH_SIZES ?? '150,1500,15000').split(',').map(Number)
  let seed = 1
  let keep = false
  let strict = false
  let titels: TitelNumbering | undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--sizes') sizes = (argv[++i] ?? '').split(',').map(Number)
    else if (a === '--seed') seed = Number(argv[++i])
    else if (a === '--keep') keep = true
    else if (a === '--strict') strict = true
    else if (a === '--titels') {
      const t = argv[++i]
      if (t !== 'per-boek' && t !== 'continuous') {
        process.stderr.write('compare-bench: --titels takes per-boek or continuous\n')
        process.exit(2)
      }
      titels = t
    }
    else {
      process.stderr.write(`compare-bench: unknown argument ${a}\n`)
      process.exit(2)
    }
  }
  sizes = sizes.filter((n) => Number.isInteger(n) && n >= 10)
  if (sizes.length === 0) sizes = [150, 1500, 15000]
  return { sizes, seed, keep, strict, ...(titels ? { titels } : {}) }
}

async function main(): Promise<void> {
  const { sizes, seed, keep, strict, titels } = parseArgs(process.argv.slice(2))
  const started = performance.now()
  const gnuTime = hasGnuTime()
  const engineFiles = [PARSE_MODULE, COMPARE_MODULE].filter((f) => !existsSync(f)).map((f) => path.relative(ROOT, f))
  const cliPresent = existsSync(CLI)
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'renvooi-bench-'))
  const log = (s = ''): void => void process.stdout.write(s + '\n')

  log(`Renvooi benchmark — seed ${seed}, Node ${process.version}, ${os.cpus().length} CPU(s), ${os.platform()} ${os.arch()}`)
  log(`data: ${tmp}${keep ? '' : ' (removed afterwards; --keep to keep)'}`)
  log(`peak memory: ${gnuTime ? 'GNU /usr/bin/time (max RSS)' : '/usr/bin/time not available (Debian package "time"); CLI peak from its --timings line, git n/a'}`)
  if (engineFiles.length > 0) log(`NOTE engine not available (${engineFiles.join(', ')} missing): in-process rows are skipped; git baseline still measured.`)
  if (!cliPresent) log(`NOTE ${path.relative(ROOT, CLI)} not found (run \`node main/cli/build.mjs\`): whole-process rows are skipped.`)

  // Realistic codes number titels per boek (Boek 2, Titel 1). If the parser rejects that, say so
  // and measure with titels numbered through the text rather than measuring nothing.
  let titelNumbering: TitelNumbering = titels ?? 'per-boek'
  if (!titels && engineFiles.length === 0) {
    const probe = path.join(tmp, 'probe')
    mkdirSync(probe, { recursive: true })
    const pair = generatePair({ articles: 400, seed, titelNumbering: 'per-boek' })
    writeFileSync(path.join(probe, 'old.txt'), pair.oldText)
    writeFileSync(path.join(probe, 'new.txt'), pair.newText)
    writeFileSync(path.join(probe, 'old.xml'), pair.oldXml)
    writeFileSync(path.join(probe, 'new.xml'), pair.newXml)
    writeFileSync(path.join(probe, 'truth.json'), JSON.stringify(pair.truth))
    const res = runChild(probe, { ...planFor(400), warmup: 0, runs: 1, childTimeoutMs: 60_000 })
    const errors = Object.values(res.formats).map((f) => f?.error ?? '')
    if (errors.some((e) => /duplicate (titeldeel|boek)/i.test(e))) {
      titelNumbering = 'continuous'
      log(`NOTE the parser rejects titel numbers that repeat across boeken (Boek 1 Titel 1, Boek 2 Titel 1 — as in BW and Sr):`)
      log(`     "${errors.find((e) => /duplicate/i.test(e))}"`)
      log(`     measuring with titels numbered through the whole text instead (--titels per-boek to force).`)
    }
  }
  log(`titel numbering: ${titelNumbering}`)
  log()

  // Plain git: no system or user configuration (diff.algorithm, colour …) changes the baseline.
  const emptyConfig = path.join(tmp, 'empty.gitconfig')
  writeFileSync(emptyConfig, '')
  const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: emptyConfig, GIT_PAGER: 'cat', LC_ALL: 'C' }
  const results: SizeResult[] = []
  for (const articles of sizes) {
    const plan = planFor(articles)
    const dir = path.join(tmp, String(articles))
    mkdirSync(dir, { recursive: true })
    const g0 = performance.now()
    const pair = generatePair({ articles, seed, titelNumbering })
    const genMs = performance.now() - g0
    writeFileSync(path.join(dir, 'old.txt'), pair.oldText)
    writeFileSync(path.join(dir, 'new.txt'), pair.newText)
    writeFileSync(path.join(dir, 'old.xml'), pair.oldXml)
    writeFileSync(path.join(dir, 'new.xml'), pair.newXml)
    writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(pair.truth))
    const r: SizeResult = {
      articles,
      truth: pair.truth,
      bytes: { txt: Buffer.byteLength(pair.oldText), xml: Buffer.byteLength(pair.oldXml) },
      genMs,
      git: { ok: false, ms: [], rssMb: [] },
    }
    process.stderr.write(`[${fmtInt(articles)} articles] generated in ${fmtMs(genMs)}; git…`)
    r.git = measureProcess('git', ['--no-pager', 'diff', '--no-index', '--word-diff=plain', '--no-color', 'old.txt', 'new.txt'], {
      cwd: dir,
      runs: plan.procRuns,
      warmup: plan.procWarmup,
      budgetMs: plan.procBudgetMs,
      timeoutMs: plan.procTimeoutMs,
      okStatus: [0, 1], // git diff exits 1 when the files differ
      gnuTime,
      env: gitEnv,
    })
    if (engineFiles.length === 0) {
      process.stderr.write(' in-process…')
      r.child = runChild(dir, plan)
    }
    if (cliPresent) {
      process.stderr.write(' whole-process…')
      r.cli = measureProcess(process.execPath, [CLI, 'compare', 'old.txt', 'new.txt', '--format', 'json', '-o', 'out.json', '--timings'], {
        cwd: dir,
        runs: plan.procRuns,
        warmup: plan.procWarmup,
        budgetMs: plan.procBudgetMs,
        timeoutMs: plan.procTimeoutMs,
        okStatus: [0], // the CLI exits 0 after a successful comparison, whatever the differences
        gnuTime,
      })
    }
    process.stderr.write(' done\n')
    results.push(r)
  }

  // ---- Table --------------------------------------------------------------------------------
  const gitMs = (r: SizeResult): number | undefined => (r.git.ok ? median(r.git.ms) : undefined)
  const inProc = (r: SizeResult, f: 'text' | 'bwb'): FormatResult | undefined => {
    const fr = r.child?.formats[f]
    return fr && fr.ok && fr.runs.length > 0 ? fr : undefined
  }
  const inMs = (r: SizeResult, f: 'text' | 'bwb'): number | undefined => {
    const fr = inProc(r, f)
    return fr ? median(fr.runs.map((x) => x.total)) : undefined
  }
  const cliMs = (r: SizeResult): number | undefined => (r.cli?.ok ? median(r.cli.ms) : undefined)
  const cliMb = (r: SizeResult): number | undefined => (r.cli?.ok && r.cli.rssMb.length > 0 ? Math.max(...r.cli.rssMb) : undefined)
  const gitMb = (r: SizeResult): number | undefined => (r.git.ok && r.git.rssMb.length > 0 ? Math.max(...r.git.rssMb) : undefined)

  const header = ['articles', 'units old→new', 'old.txt', 'old.xml', 'git diff', 'git RSS', 'in-proc txt', '×git', 'parse+compare', 'in-proc xml', '×git', 'whole-proc', '×git', 'peak RSS']
  const rows: string[][] = results.map((r) => {
    const t = inProc(r, 'text')
    const split = t ? `${fmtMs(median(t.runs.map((x) => x.parse)))} + ${fmtMs(median(t.runs.map((x) => x.compare)))}` : 'n/a'
    return [
      fmtInt(r.truth.articles.old),
      `${fmtInt(r.truth.units.old)}→${fmtInt(r.truth.units.new)}`,
      `${(r.bytes.txt / 1024 / 1024).toFixed(1)} MB`,
      `${(r.bytes.xml / 1024 / 1024).toFixed(1)} MB`,
      fmtMs(gitMs(r)),
      fmtMb(gitMb(r)),
      fmtMs(inMs(r, 'text')),
      fmtX(ratio(inMs(r, 'text'), gitMs(r))),
      split,
      fmtMs(inMs(r, 'bwb')),
      fmtX(ratio(inMs(r, 'bwb'), gitMs(r))),
      fmtMs(cliMs(r)),
      fmtX(ratio(cliMs(r), gitMs(r))),
      fmtMb(cliMb(r)),
    ]
  })
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)))
  const line = (cells: string[]): string => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')
  log(line(header))
  log(widths.map((w) => '─'.repeat(w)).join('  '))
  for (const row of rows) log(line(row))
  log()
  const runsNote = results
    .map(
      (r) =>
        `${fmtInt(r.articles)}: in-process ${inProc(r, 'text')?.runs.length ?? 0}/${inProc(r, 'bwb')?.runs.length ?? 0} runs, ` +
        `git ${r.git.ms.length}, CLI ${r.cli?.ms.length ?? 0}`,
    )
    .join('; ')
  log(`medians (${runsNote}); in-process = parseText(old) + parseText(new) + compareTexts (txt and xml pair), after a warm-up run below 15,000 articles; whole-process = the CLI on the txt pair, JSON to a scratch file.`)

  // ---- Growth ------------------------------------------------------------------------------
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1] as SizeResult
    const b = results[i] as SizeResult
    const g = (f: (r: SizeResult) => number | undefined): string => fmtX(ratio(f(b), f(a)))
    log(
      `growth ${fmtInt(a.articles)} → ${fmtInt(b.articles)} articles (×${(b.truth.units.old / a.truth.units.old).toFixed(1)} units): ` +
        `git ${g(gitMs)}, in-process txt ${g((r) => inMs(r, 'text'))}, in-process xml ${g((r) => inMs(r, 'bwb'))}, ` +
        `whole-process ${g(cliMs)}, peak RSS ${g(cliMb)}`,
    )
  }
  log()

  // ---- Engine vs truth and problems ----------------------------------------------------------------
  for (const r of results) {
    const prefix = `[${fmtInt(r.articles)}]`
    if (!r.git.ok) log(`${prefix} git baseline failed: ${r.git.error}`)
    if (r.child && !r.child.ok) log(`${prefix} in-process: ${r.child.error}`)
    for (const f of ['text', 'bwb'] as const) {
      const fr = r.child?.formats[f]
      if (!fr) continue
      if (!fr.ok) {
        log(`${prefix} in-process ${f}: failed — ${fr.error}`)
        continue
      }
      if (fr.error) log(`${prefix} in-process ${f}: ${fr.error}`)
      const q = fr.quality
      if (q) {
        const kinds = Object.entries(q.changes)
          .map(([k, n]) => `${k} ${fmtInt(n)}`)
          .join(', ')
        log(
          `${prefix} ${f === 'text' ? 'txt' : 'xml'} engine vs truth: units paired ${pct(...q.mapping)}, renumbered/moved ${pct(...q.pathChanged)}, ` +
            `word edits ${pct(...q.wordEdits)}, splits ${pct(...q.splits)}, merges ${pct(...q.merges)}, ` +
            `inserted articles ${pct(...q.insertedArticles)}, deleted ${pct(...q.deletedArticles)}` +
            (fr.units ? `; units ${fmtInt(fr.units.old)}→${fmtInt(fr.units.new)} (truth ${fmtInt(r.truth.units.old)}→${fmtInt(r.truth.units.new)})` : '') +
            (fr.warnings ? `; ${fmtInt(fr.warnings)} parse warnings` : '') +
            ` [${kinds}]`,
        )
      }
    }
    if (r.cli && !r.cli.ok) log(`${prefix} whole-process: ${r.cli.error}`)
    if (r.cli?.ok && r.cli.timings) log(`${prefix} CLI --timings (last run): ${r.cli.timings}`)
    if (r.cli?.note) log(`${prefix} CLI note: ${r.cli.note}`)
  }

  // ---- Verdict ---------------------------------------------------------------------------------
  const at = results.find((r) => r.articles === TARGETS.size)
  if (at) {
    const checks: Array<[string, number | undefined, (v: number) => boolean, string, (v: number | undefined) => string]> = [
      ['in-process', ratio(inMs(at, 'text'), gitMs(at)), (v) => v <= TARGETS.inProcess, `≤ ${TARGETS.inProcess}× git`, fmtX],
      ['whole-process', ratio(cliMs(at), gitMs(at)), (v) => v <= TARGETS.wholeProcess, `≤ ${TARGETS.wholeProcess}× git`, fmtX],
      ['peak memory', cliMb(at), (v) => v < TARGETS.peakMb, `< ${TARGETS.peakMb} MB`, fmtMb],
    ]
    let verdict: 'PASS' | 'FAIL' | 'INCOMPLETE' = 'PASS'
    const parts = checks.map(([name, value, ok, target, fmt]) => {
      if (value === undefined) {
        if (verdict === 'PASS') verdict = 'INCOMPLETE'
        return `${name} n/a (target ${target})`
      }
      const pass = ok(value)
      if (!pass) verdict = 'FAIL'
      return `${name} ${fmt(value)} (target ${target}) ${pass ? 'ok' : 'MISSED'}`
    })
    log(`VERDICT @ ${fmtInt(TARGETS.size)} articles: ${verdict} — ${parts.join(' · ')}`)
    if (strict && verdict !== 'PASS') process.exitCode = 1
  } else {
    log(`VERDICT: n/a (no run at ${fmtInt(TARGETS.size)} articles)`)
  }
  log(`total bench time ${fmtMs(performance.now() - started)}`)
  if (!keep) rmSync(tmp, { recursive: true, force: true })
}

// ---------------------------------------------------------------------------------------------

const argv = process.argv.slice(2)
const run = argv[0] === '--child' ? childMain(argv[1] as string, Number(argv[2]), Number(argv[3]), Number(argv[4])) : main()
run.catch((e: unknown) => {
  process.stderr.write(`compare-bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
  process.exitCode = 1
})
