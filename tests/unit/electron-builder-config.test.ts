// electron-builder.yml cannot be exercised here (packaging downloads Electron and toolsets,
// engineering-notes C7), so its contract is checked statically.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = path.resolve(import.meta.dirname, '../..')
const config = parse(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8'))
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'))

const targets = (platform: { target: unknown }) => (platform.target as Array<string | { target: string }>).map((t) => (typeof t === 'string' ? t : t.target))

describe('electron-builder.yml', () => {
  it('has a stable identity', () => {
    expect(config.appId).toBe('nl.renvooi.desktop')
    expect(config.productName).toBe('Renvooi')
  })

  it('builds AppImage + deb, NSIS and DMG', () => {
    expect(targets(config.linux)).toEqual(['AppImage', 'deb'])
    expect(config.linux.maintainer).toBeTruthy() // required for deb
    expect(targets(config.win)).toEqual(['nsis'])
    expect(targets(config.mac)).toEqual(['dmg'])
  })

  it('ships the electron-vite output, which package.json "main" points into', () => {
    expect(config.files).toContain('out/**/*')
    expect(pkg.main).toBe('out/main/index.js')
    expect(config.asar).toBe(true)
    expect(config.extraResources).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'samples', to: 'samples' })]))
  })

  it('sets the security fuses (checklist item 19)', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    })
  })

  it('registers the project file type and publishes nowhere', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'renvooi', role: 'Editor' })])
    expect(config.publish).toBeNull()
  })
})
