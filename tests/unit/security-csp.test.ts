import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { CONTENT_SECURITY_POLICY, RENDERER_CSP, REPORT_STYLE_HASHES } from '../../main/web/static-files.js'
import { ReportExports } from '../../main/services/report-export.js'
import { createProject } from '../../shared/project/index.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const metaPolicy = (html: string): string | null =>
  /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1] ?? null

describe('content security policy (checklist item 7)', () => {
  const source = fs.readFileSync(path.join(ROOT, 'renderer', 'index.html'), 'utf8')

  it('is set in renderer/index.html and strict', () => {
    const policy = metaPolicy(source)
    expect(policy).toBe(RENDERER_CSP)
    const directives = new Map(policy!.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]))
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|http:|https:/)
  })

  it('is sent by the browser host with frame-ancestors added', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(`${RENDERER_CSP}; frame-ancestors 'none'`)
  })

  it('survives the build, with no inline scripts', () => {
    let html: string
    try {
      html = fs.readFileSync(path.join(ROOT, 'out', 'renderer', 'index.html'), 'utf8')
    } catch {
      return // not built (yet): `npm run build` / the e2e tier build it
    }
    expect(metaPolicy(html)).toBe(RENDERER_CSP)
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    expect(html).not.toMatch(/<style/)
  })

  it('admits inline styles only by hash: exactly the stylesheets of the report previews', async () => {
    // The preview iframe (srcdoc, sandbox="") inherits this policy; a report whose CSS changed
    // would show unstyled there, so the hashes are recomputed from the renderers themselves.
    const text = (n: string) => fs.readFileSync(path.join(ROOT, 'samples', n), 'utf8')
    const project = createProject('t', { label: 'a', format: 'md', content: text('273f-current.md'), source: null }, { label: 'b', format: 'md', content: text('273f-proposed.md'), source: null })
    const reports = new ReportExports({ version: 'test' })
    const base = { project, title: '', author: 'A', includeComments: true, includeProvisions: true, publishableOnly: false, changesOnly: false }
    const hashes = new Set<string>()
    for (const view of ['comparison', 'drieluik', 'amendments', 'consultation'] as const) {
      const html = await reports.preview({ ...base, view, format: view === 'amendments' ? 'text' : 'html' })
      for (const m of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) hashes.add(`'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`)
    }
    expect([...hashes].sort()).toEqual([...REPORT_STYLE_HASHES].sort())
    const styleSrc = RENDERER_CSP.split(';').map((d) => d.trim()).find((d) => d.startsWith('style-src '))!
    expect(styleSrc).toBe(`style-src 'self' ${REPORT_STYLE_HASHES.join(' ')}`)
  })
})
