/**
 * `npm start` where the Electron binary is missing (as on these machines): it builds what is
 * stale, starts the browser host, prints `Renvooi: http://127.0.0.1:PORT/?token=…` on a line of
 * its own and keeps serving the app and the HostApi.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawn, type ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from './browser-harness.js'

describe('npm start (browser host)', () => {
  let child: ChildProcess
  let tmp: string
  let appUrl = ''
  let output = ''

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'renvooi-start-'))
    child = spawn(process.execPath, ['main/start.mjs', '--web'], {
      cwd: ROOT,
      env: { ...process.env, RENVOOI_PROJECTS_DIR: path.join(tmp, 'projects'), RENVOOI_STATE_DIR: path.join(tmp, 'state') },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    appUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed:\n${output}`)), 150_000)
      const onData = (chunk: Buffer) => {
        output += chunk.toString()
        const match = /^Renvooi: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(output)
        if (match) {
          clearTimeout(timer)
          resolve(match[1]!)
        }
      }
      child.stdout!.on('data', onData)
      child.stderr!.on('data', (c: Buffer) => { output += c.toString() })
      child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)))
    })
  })

  afterAll(() => {
    if (child?.pid && child.exitCode === null) child.kill('SIGTERM')
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
  })

  it('prints the address with its token on a line of its own', () => {
    expect(appUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/)
  })

  it('serves the app and answers the HostApi with that token only', async () => {
    const url = new URL(appUrl)
    const page = await fetch(url)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<div id="root">')
    const token = url.searchParams.get('token')!
    const call = (t: string) => fetch(new URL('/api/listSamples', url), { method: 'POST', headers: { 'x-renvooi-token': t }, body: '[]' })
    const reply = await (await call(token)).json() as { ok: boolean; value: Array<{ id: string }> }
    expect(reply.value.map((s) => s.id)).toEqual(expect.arrayContaining(['273f-current.md', '273f-proposed.md']))
    expect((await call('wrong')).status).toBe(401)
  })

  it('keeps running', async () => {
    await new Promise((r) => setTimeout(r, 500))
    expect(child.exitCode).toBeNull()
  })
})
