import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { resolveExistingInside, resolveInside } from '../../main/services/safe-path.js'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'renvooi-root-'))
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'renvooi-outside-'))
fs.mkdirSync(path.join(root, 'assets'))
fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>')
fs.writeFileSync(path.join(root, 'assets', 'app.js'), '')
fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret')
fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'link.txt'))
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true })
  fs.rmSync(outside, { recursive: true, force: true })
})

describe('path resolution inside a root (app:// protocol, static files, projects folder)', () => {
  it('resolves ordinary paths', () => {
    expect(resolveInside(root, 'index.html')).toBe(path.join(root, 'index.html'))
    expect(resolveInside(root, 'assets/app.js')).toBe(path.join(root, 'assets', 'app.js'))
    expect(resolveInside(root, '/assets//./app.js')).toBe(path.join(root, 'assets', 'app.js'))
  })

  it.each([
    '../secret.txt', 'assets/../../secret.txt', '..%2Fsecret.txt', '%2e%2e/secret.txt', '..\\secret.txt',
    'assets\\..\\..\\x', 'index.html\0.png', '%00', 'C:/Windows/win.ini', '%E0%A4%A',
  ])('rejects %j', (p) => {
    expect(resolveInside(root, p)).toBeNull()
  })

  it('rejects a symlink that points outside the root', () => {
    expect(resolveInside(root, 'link.txt')).not.toBeNull()
    expect(resolveExistingInside(root, 'link.txt')).toBeNull()
    expect(resolveExistingInside(root, 'assets/app.js')).toBe(fs.realpathSync(path.join(root, 'assets', 'app.js')))
  })
})
