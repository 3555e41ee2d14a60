import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../main/web/server.js'
import { CONTENT_SECURITY_POLICY } from '../../main/web/static-files.js'
import { createProject } from '../../shared/project/index.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
let tmp: string
let host: WebHost

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'renvooi-web-'))
  const rendererDir = path.join(tmp, 'renderer')
  fs.mkdirSync(rendererDir)
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Renvooi</title>')
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'secret')
  host = await startWebHost({ rendererDir, samplesDir: path.join(ROOT, 'samples'), projectsDir: path.join(tmp, 'projects'), stateDir: path.join(tmp, 'state'), version: '9.9.9' })
})
afterAll(async () => {
  await host.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

/** A raw request, so that Host and Origin can be set freely (fetch forbids that). */
function request(method: string, urlPath: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(host.url)
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

const api = (op: string, args: unknown[], extra: Record<string, string> = {}) =>
  request('POST', `/api/${op}`, { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...extra }, JSON.stringify(args))

describe('browser host', () => {
  it('listens on 127.0.0.1 only, with a random token in the address', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(host.token.length).toBeGreaterThanOrEqual(32)
    expect(host.appUrl).toBe(`${host.url}/?token=${host.token}`)
  })

  it('serves the renderer with the content security policy', async () => {
    const res = await request('GET', '/')
    expect(res.status).toBe(200)
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
  })

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/missing.js'])('does not serve %s', async (p) => {
    expect((await request('GET', p)).status).toBe(404)
  })

  it('answers the HostApi with the right token', async () => {
    const res = JSON.parse((await api('hostInfo', [])).body)
    expect(res).toEqual({ ok: true, value: { kind: 'web', version: '9.9.9', nativeDialogs: false } })
    const samples = JSON.parse((await api('listSamples', [])).body)
    expect(samples.value.map((s: { id: string }) => s.id)).toContain('273f-current.md')
  })

  it('refuses calls without the token, with a wrong token, from another origin or host', async () => {
    expect((await request('POST', '/api/hostInfo', {}, '[]')).status).toBe(401)
    expect((await api('hostInfo', [], { [TOKEN_HEADER]: 'x'.repeat(host.token.length) })).status).toBe(401)
    expect((await api('hostInfo', [], { origin: 'http://evil.example' })).status).toBe(403)
    expect((await api('hostInfo', [], { host: 'evil.example' })).status).toBe(421)
    expect((await request('GET', '/api/hostInfo', { [TOKEN_HEADER]: host.token })).status).toBe(405)
  })

  it('validates payloads and never leaks a stack trace', async () => {
    const bad = JSON.parse((await api('readSample', [42])).body)
    expect(bad).toEqual({ ok: false, error: { code: 'bad-request', message: 'Invalid arguments for readSample.' } })
    const unknown = JSON.parse((await api('deleteEverything', [])).body)
    expect(unknown.error.code).toBe('bad-request')
    const notJson = JSON.parse((await request('POST', '/api/hostInfo', { [TOKEN_HEADER]: host.token }, '{oops')).body)
    expect(notJson.error.code).toBe('bad-request')
    expect(JSON.stringify([bad, unknown, notJson])).not.toMatch(/at .*\.ts:\d+/)
  })

  it('saves and opens projects by name inside the projects folder only', async () => {
    const project = createProject('t', { label: 'a', format: 'md', content: 'A', source: null }, { label: 'b', format: 'md', content: 'B', source: null })
    const saved = JSON.parse((await api('saveProject', [project, 'mijn project'])).body)
    expect(saved).toEqual({ ok: true, value: { handle: 'mijn project.renvooi', name: 'mijn project.renvooi' } })
    expect(fs.existsSync(path.join(tmp, 'projects', 'mijn project.renvooi'))).toBe(true)
    const opened = JSON.parse((await api('openProject', ['mijn project.renvooi'])).body)
    expect(opened.value.project).toEqual(project)
    const listed = JSON.parse((await api('listProjects', [])).body)
    expect(listed.value).toEqual([{ handle: 'mijn project.renvooi', name: 'mijn project.renvooi' }])
    for (const evil of ['../evil', '../../tmp/x.renvooi', 'sub/dir', '.hidden', 'C:evil']) {
      const res = JSON.parse((await api('saveProject', [project, evil])).body)
      expect(res.error?.code, evil).toBe('forbidden')
    }
  })

  it('refuses to save a damaged project sent by the renderer', async () => {
    const res = JSON.parse((await api('saveProject', [{ format: 'renvooi.project', version: 1 }, 'x'])).body)
    expect(res.error.code).toBe('bad-request')
    expect(fs.existsSync(path.join(tmp, 'projects', 'x.renvooi'))).toBe(false)
  })

  it('keeps a recovery copy until it is discarded', async () => {
    const project = createProject('r', { label: 'a', format: 'md', content: 'A', source: null }, { label: 'b', format: 'md', content: 'B', source: null })
    expect(JSON.parse((await api('writeRecovery', [project, null])).body).ok).toBe(true)
    const read = JSON.parse((await api('readRecovery', [])).body)
    expect(read.value.project).toEqual(project)
    await api('discardRecovery', [])
    expect(JSON.parse((await api('readRecovery', [])).body).value).toBeNull()
  })

  it('exports a report as bytes for the browser to download, and writes nothing itself', async () => {
    const sample = (n: string) => fs.readFileSync(path.join(ROOT, 'samples', n), 'utf8')
    const project = createProject('t', { label: 'a', format: 'md', content: sample('273f-current.md'), source: null }, { label: 'b', format: 'md', content: sample('273f-proposed.md'), source: null })
    const request = { project, view: 'comparison', format: 'html', title: 'Rapport', author: 'A', includeComments: true, includeProvisions: true, publishableOnly: false, changesOnly: false }
    const reply = JSON.parse((await api('exportReport', [request, 'web-job-0001'])).body)
    expect(reply.value).toMatchObject({ kind: 'download', fileName: 'Rapport.html', mimeType: 'text/html; charset=utf-8' })
    expect(Buffer.from(reply.value.base64, 'base64').toString('utf8')).toContain('<title>Rapport</title>')
    expect(fs.readdirSync(path.join(tmp, 'projects')).filter((n) => !n.endsWith('.renvooi'))).toEqual([])
    const bad = JSON.parse((await api('exportReport', [{ ...request, view: 'amendments' }, 'web-job-0002'])).body)
    expect(bad.error.code).toBe('bad-request')
  })
})
