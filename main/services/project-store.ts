/**
 * Reading and writing `*.renvooi` project files. Loading never modifies the file, whatever is
 * wrong with it; saving is atomic.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { parseProject, serializeProject, ProjectLoadError, type ProjectFile } from '../../shared/project/index.js'
import { HostError } from './host-error.js'
import { writeFileAtomic } from './atomic-write.js'

export const PROJECT_EXTENSION = '.renvooi'

/** Reads and validates a project; throws HostError with the file's name on any problem. */
export async function readProjectFile(file: string): Promise<ProjectFile> {
  const name = path.basename(file)
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new HostError('not-found', `${name}: the file does not exist.`, name)
    throw new HostError('io', `${name}: the file could not be read.`, name)
  }
  try {
    return parseProject(text)
  } catch (e) {
    if (e instanceof ProjectLoadError) {
      throw new HostError(e.problem === 'too-new' ? 'project-too-new' : 'project-invalid', `${name}: ${e.message}`, name)
    }
    throw e
  }
}

/** Saves atomically; the project is serialised as stable, human-diffable JSON. */
export async function writeProjectFile(file: string, project: ProjectFile): Promise<void> {
  // The browser host's projects folder may not exist yet on first save.
  await fs.mkdir(path.dirname(file), { recursive: true })
  await writeFileAtomic(file, serializeProject(project))
}

/** Adds the project extension when the user typed a bare name. */
export function withProjectExtension(name: string): string {
  return name.toLowerCase().endsWith(PROJECT_EXTENSION) ? name : `${name}${PROJECT_EXTENSION}`
}
