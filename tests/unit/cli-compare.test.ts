import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { ROOT, renvooi, sample, scratch } from '../helpers/cli.js'

const CURRENT = sample('273f-current.md')
const PROPOSED = sample('273f-proposed.md')

describe('renvooi compare — output formats', () => {
  it('writes the comparison JSON of the contract', () => {
    const r = renvooi(['compare', CURRENT, PROPOSED, '--format', 'json'])
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
    const doc = JSON.parse(r.stdout)
    expect(doc.format).toBe('renvooi.comparison')
    expect(doc.version).toBe(1)
    expect(doc.old).toEqual({ label: 'Wetboek van Strafrecht, art. 273f (geldend)', units: 20 })
    expect(doc.new.units).toBe(22)
    // The illustrative proposal merges onderdelen 2° and 5° of lid 1 into the new lid 2 (samples/README.md).
    expect(doc.changes).toContainEqual(expect.objectContaining({
      kind: 'merged', old: ['artikel:273f/lid:1/onderdeel:2°', 'artikel:273f/lid:1/onderdeel:5°'], new: ['artikel:273f/lid:2'],
    }))
    const total = Object.values(doc.stats as Record<string, number>).reduce((s, n) => s + n, 0)
    expect(total).toBe(doc.changes.length)
  })

  it('defaults to JSON and reads the format from the content, whatever the extension', () => {
    const dir = scratch({ 'current.txt': readFileSync(sample('273f-current.xml')) })
    const r = renvooi(['compare', path.join(dir, 'current.txt'), CURRENT])
    expect(r.status).toBe(0)
    const doc = JSON.parse(r.stdout)
    expect(doc.changes.every((c: { kind: string }) => c.kind === 'unchanged')).toBe(true)
  })

  it('marks the terminal renvooi in git word-diff notation when not on a terminal', () => {
    const r = renvooi(['compare', CURRENT, PROPOSED, '--format', 'text'])
    expect(r.status).toBe(0)
    expect(r.stdout).not.toContain("\u001b[")
    // Lid 2 (definition of uitbuiting) gains the forms added by amendment.
    expect(r.stdout).toContain('{+ en uitbuiting in het kader van draagmoederschap, gedwongen huwelijk en illegale adoptie+}')
    expect(r.stdout).toMatch(/art\. 273f, lid 1, onderdeel 3°\s+\(vervallen\)/)
    expect(r.stdout).toMatch(/art\. 273f, lid 6 → art\. 273f, lid 7\s+\(vernummerd\)/)
  })

  it('writes a self-contained HTML page with no scripts and every text escaped', () => {
    const hostile = `---\ntitle: "<script>alert('titel')</script>"\n---\n\n# Artikel 1\n\n1. Tekst met <img src=x onerror=alert(1)> en [link](javascript:alert(2)) erin.\n`
    const dir = scratch({ 'hostile.md': hostile })
    const r = renvooi(['compare', CURRENT, path.join(dir, 'hostile.md'), '--format', 'html'])
    expect(r.status).toBe(0)
    const html = r.stdout
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<img/i)
    expect(html).not.toMatch(/href=|src=["']?(?!x)/i)
    expect(html).toContain('&lt;script&gt;alert(&#39;titel&#39;)&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain("default-src 'none'")
    expect(html).toContain('<del>')
  })

  it('writes -o FILE and nothing on stdout', () => {
    const dir = scratch()
    const out = path.join(dir, 'renvooi.html')
    const r = renvooi(['compare', CURRENT, PROPOSED, '--format', 'html', '-o', out])
    expect(r.status).toBe(0)
    expect(r.stdout).toBe('')
    expect(readFileSync(out, 'utf8')).toContain('</html>')
    expect(readdirSync(dir)).toEqual(['renvooi.html'])
  })

  it('writes through a device or a symbolic link instead of replacing it', () => {
    expect(renvooi(['compare', CURRENT, PROPOSED, '-o', '/dev/null']).status).toBe(0)
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true)
    const dir = scratch({ 'target.json': 'old' })
    symlinkSync(path.join(dir, 'target.json'), path.join(dir, 'link.json'))
    expect(renvooi(['compare', CURRENT, PROPOSED, '-o', path.join(dir, 'link.json')]).status).toBe(0)
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true)
    expect(JSON.parse(readFileSync(path.join(dir, 'target.json'), 'utf8')).format).toBe('renvooi.comparison')
    mkdirSync(path.join(dir, 'folder'))
    expect(renvooi(['compare', CURRENT, PROPOSED, '-o', path.join(dir, 'folder')]).stderr).toMatch(/folder: is a directory/)
  })

  it('prints the time per phase and the peak memory with --timings', () => {
    const r = renvooi(['compare', CURRENT, PROPOSED, '--timings', '-o', path.join(scratch(), 'x.json')])
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(/^renvooi timings: read [\d.]+ ms, parse [\d.]+ ms, align [\d.]+ ms, redline [\d.]+ ms, write [\d.]+ ms, total [\d.]+ ms; peak memory \d+ MB\n$/)
  })
})

describe('renvooi compare — bad input', () => {
  const cases: Array<[string, string | Uint8Array, RegExp]> = [
    ['empty.txt', '', /^renvooi: .*empty\.txt: the file is empty$/],
    ['blank.md', '  \n\n \n', /empty\.md|blank\.md: the file is empty$/],
    // Binary content has no lines: the message names the file only.
    ['binary.txt', new Uint8Array([0x41, 0x72, 0x00, 0x01, 0xff]), /binary\.txt: binary content/],
    ['image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /^renvooi: .*image\.png: binary content \(NUL byte\), not a text file$/],
    ['latin1.txt', Buffer.from('Artikel 1\n1. caf\xe9\n', 'latin1'), /latin1\.txt:2: not valid UTF-8/],
    ['truncated.xml', '<wetgeving>\n<artikel><kop><nr>1</nr></kop>\n<al>tekst', /truncated\.xml:3: .*unclosed/],
    ['bomb.xml', '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>\n<x>&b;</x>', /bomb\.xml:2: .*entit/],
    ['xxe.xml', '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<wetgeving><artikel><kop><nr>1</nr></kop><al>&e;</al></artikel></wetgeving>', /xxe\.xml:2: .*entit/],
    ['duplicate.txt', 'Artikel 1\n1. een\nArtikel 1\n1. twee\n', /duplicate\.txt:3: duplicate artikel 1/],
    ['prose.txt', 'Dit is gewoon een brief.\nMet groet.\n', /prose\.txt: no "Artikel" heading found/],
  ]

  for (const [name, content, message] of cases) {
    it(`refuses ${name} with one line naming the file, exit 2, no output`, () => {
      const dir = scratch({ [name]: content })
      const out = path.join(dir, 'out.json')
      const r = renvooi(['compare', path.join(dir, name), CURRENT, '-o', out])
      expect(r.status).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(r.stderr.trimEnd()).toMatch(message)
      expect(r.stderr).not.toMatch(/\n\s+at /)
      expect(existsSync(out)).toBe(false)
      expect(readdirSync(dir)).toEqual([name])
    })
  }

  it('refuses a directory and a missing file', () => {
    const dir = scratch()
    mkdirSync(path.join(dir, 'folder'))
    expect(renvooi(['compare', path.join(dir, 'folder'), CURRENT]).stderr).toMatch(/folder: is a directory/)
    const missing = renvooi(['compare', CURRENT, path.join(dir, 'nope.md')])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/nope\.md: no such file\n$/)
  })

  it('accepts leden out of order with a warning on stderr', () => {
    const dir = scratch({ 'order.txt': 'Artikel 1\n2. Tweede lid.\n1. Eerste lid.\n' })
    const r = renvooi(['compare', path.join(dir, 'order.txt'), path.join(dir, 'order.txt'), '--format', 'json'])
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(/order\.txt:3: warning: lid 1 follows lid 2/)
    expect(JSON.parse(r.stdout).stats.unchanged).toBe(3)
  })

  it('explains usage mistakes with exit 2', () => {
    expect(renvooi(['compare', CURRENT]).stderr).toMatch(/needs two files/)
    expect(renvooi(['compare', CURRENT, PROPOSED, '--format', 'pdf']).stderr).toMatch(/--format must be one of json, text, html/)
    expect(renvooi(['compare', CURRENT, PROPOSED, '--from', 'docx']).status).toBe(2)
    expect(renvooi(['frobnicate']).status).toBe(2)
  })

  it('refuses to write its output over one of its inputs', () => {
    const dir = scratch({ 'old.md': readFileSync(CURRENT), 'new.md': readFileSync(PROPOSED) })
    symlinkSync(path.join(dir, 'old.md'), path.join(dir, 'alias.md'))
    for (const target of ['old.md', 'alias.md']) {
      const r = renvooi(['compare', path.join(dir, 'old.md'), path.join(dir, 'new.md'), '--format', 'text', '-o', path.join(dir, target)])
      expect(r.status).toBe(2)
      expect(r.stderr).toMatch(/is also an input/)
    }
    expect(readFileSync(path.join(dir, 'old.md'), 'utf8')).toBe(readFileSync(CURRENT, 'utf8'))
  })

  it('stops quietly when the reader of its output goes away', () => {
    // A large output, so that the pipe is closed while renvooi is still writing.
    const big = path.join(scratch(), 'big.txt')
    writeFileSync(big, Array.from({ length: 3000 }, (_, k) => `Artikel ${k + 1}\n1. Tekst van artikel ${k + 1} over de heffing.\n`).join(''))
    const r = spawnSync('sh', ['-c', `node main/cli/bin.mjs compare '${big}' '${CURRENT}' --format json | head -c 10 > /dev/null`], { cwd: ROOT, encoding: 'utf8' })
    expect(r.stderr).toBe('')
  })

  it('says which option it does not know, and prints help on stderr when called bare', () => {
    expect(renvooi(['compare', CURRENT, PROPOSED, '--bogus']).stderr).toMatch(/^renvooi: unknown option --bogus\n/)
    const bare = renvooi([])
    expect(bare.status).toBe(2)
    expect(bare.stdout).toBe('')
    expect(bare.stderr).toMatch(/usage:/)
  })

  it('honours --from over detection', () => {
    const r = renvooi(['compare', CURRENT, PROPOSED, '--from', 'bwb'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/273f-current\.md:1: /)
  })
})
