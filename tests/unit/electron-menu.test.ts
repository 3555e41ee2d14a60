import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))
const { menuTemplate } = await import('../../main/electron/menu.js')
type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number]

const items = (menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  menu.flatMap((m) => [m, ...items(Array.isArray(m.submenu) ? m.submenu : [])])

describe('native menus', () => {
  it('has Bestand, Bewerken, Beeld and Help in Dutch, File … Help in English', () => {
    const actions = { send: vi.fn(), openRecent: vi.fn() }
    expect(menuTemplate('nl', [], actions).map((m) => m.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help'])
    expect(menuTemplate('en', [], actions).map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help'])
  })

  it('sends commands to the renderer and offers recent projects', () => {
    const actions = { send: vi.fn(), openRecent: vi.fn() }
    const all = items(menuTemplate('nl', ['/p/a.renvooi'], actions))
    const click = (label: string) => (all.find((i) => i.label === label)!.click as () => void)()
    click('Opslaan')
    click('Volgende wijziging')
    click('/p/a.renvooi')
    expect(actions.send.mock.calls).toEqual([['save'], ['next-change']])
    expect(actions.openRecent).toHaveBeenCalledWith('/p/a.renvooi')
    expect(all.find((i) => i.label === 'Opslaan')!.accelerator).toBe('CmdOrCtrl+S')
  })
})
