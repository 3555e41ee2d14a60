// Checklist item 18: the app:// protocol serves the renderer folder and nothing else.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))
const { resolveAppRequest, APP_SCHEME_PRIVILEGES, APP_ENTRY } = await import('../../main/electron/app-protocol.js')

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'renvooi-app-'))
const rendererDir = path.join(dir, 'renderer')
fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true })
fs.writeFileSync(path.join(rendererDir, 'index.html'), '')
fs.writeFileSync(path.join(rendererDir, 'assets', 'index.js'), '')
fs.writeFileSync(path.join(dir, 'secret.txt'), '')
fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(rendererDir, 'escape.txt'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const real = (p: string) => fs.realpathSync(path.join(rendererDir, p))

describe('app:// protocol', () => {
  it('is registered as standard and secure', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } })
    expect(APP_ENTRY).toBe('app://renvooi/index.html')
  })

  it('serves files of the renderer folder', () => {
    expect(resolveAppRequest(rendererDir, 'app://renvooi/index.html')).toBe(real('index.html'))
    expect(resolveAppRequest(rendererDir, 'app://renvooi/')).toBe(real('index.html'))
    expect(resolveAppRequest(rendererDir, 'app://renvooi/assets/index.js?v=1#x')).toBe(real('assets/index.js'))
  })

  it.each([
    'app://renvooi/../secret.txt',
    'app://renvooi/assets/../../secret.txt',
    'app://renvooi/%2e%2e/secret.txt',
    'app://renvooi/..%2fsecret.txt',
    'app://renvooi/..%5csecret.txt',
    'app://renvooi/escape.txt',
    'app://renvooi/missing.js',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://renvooi/index.html',
    'garbage',
  ])('refuses %s', (url) => {
    expect(resolveAppRequest(rendererDir, url)).toBeNull()
  })
})
