import { ParseError } from '../../shared/model/types.js'
import { parseProject, ProjectLoadError, serializeProject, type ProjectFile } from '../../shared/project/index.js'
import { commentsCsv, commentsDocument, projectTexts, resolveInVersion } from '../../shared/comments/index.js'
import { oneOf, parseCommandArgs } from './args.js'
import type { Io } from './compare-command.js'
import { importResponses, mergeProjects, writeOut } from './comments-io.js'
import { CliError } from './errors.js'
import { readInput } from './read-input.js'

export const COMMENTS_USAGE = 'renvooi comments PROJECT [--version ID] [--format json|csv] [-o FILE] | PROJECT --import RESPONSES [--version ID] -o OUT | PROJECT --merge OTHER [--merge OTHER…] -o OUT'

const COMMENTS_HELP = `usage:
  renvooi comments PROJECT [--version ID] [--format json|csv] [-o FILE]
      every comment with where it is anchored now in version ID (default: the compare.new
      version), as the renvooi.comments JSON or as CSV for a spreadsheet
  renvooi comments PROJECT --import RESPONSES [--version ID] -o OUT
      consultation responses (CSV or JSON: respondent, organisation, publishable, text, and
      optionally the article/lid they are about) added as comments on version ID; responses that
      name no unit go to the inbox; bad rows are named on stderr and skipped
  renvooi comments PROJECT --merge OTHER [--merge OTHER…] -o OUT
      reviewers' comments added from other project files, without duplicates
`

/**
 * `renvooi comments`: lists every comment of a project with where it is anchored now in one
 * version (contracts/project-json.md, `renvooi.comments`), or imports consultation responses
 * (CSV/JSON) or merges reviewers' project files into a new project file.
 */
export async function commentsCommand(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parseCommandArgs(args, {
    version: { type: 'string' }, format: { type: 'string' }, output: { type: 'string', short: 'o' },
    import: { type: 'string' }, merge: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' },
  }, COMMENTS_USAGE)
  if (values.help) {
    io.stdout.write(COMMENTS_HELP)
    return
  }
  if (positionals.length !== 1) throw new CliError(`comments needs one project file\nusage: ${COMMENTS_USAGE}`)
  const file = positionals[0]!
  const project = await loadProject(file)

  if (values.import !== undefined || values.merge !== undefined) {
    if (values.import !== undefined && values.merge !== undefined) throw new CliError('use --import or --merge, not both')
    if (values.format !== undefined) throw new CliError('--format is for listing; --import and --merge write a project file')
    if (!values.output) throw new CliError(`${values.import !== undefined ? '--import' : '--merge'} writes a new project: give it with -o FILE`)
    const next = values.import !== undefined
      ? await importResponses(project, values.import, versionOf(project, values.version, file), io)
      : await mergeProjects(project, values.merge!, loadProject, io)
    await writeOut(values.output, serializeProject(next), [file, ...(values.import !== undefined ? [values.import] : values.merge!)])
    return
  }

  const format = oneOf(values.format, ['json', 'csv'] as const, 'format', 'json')
  const versionId = versionOf(project, values.version, file)
  const texts = readTexts(project, file)
  const resolved = resolveInVersion(project.comments, versionId, texts)
  const body = format === 'json' ? JSON.stringify(commentsDocument(versionId, resolved), null, 2) + '\n' : commentsCsv(versionId, resolved)
  if (values.output) await writeOut(values.output, body, [file])
  else io.stdout.write(body)
}

export async function loadProject(file: string): Promise<ProjectFile> {
  const { content } = await readInput(file)
  try {
    return parseProject(content)
  } catch (e) {
    if (e instanceof ProjectLoadError) throw new CliError(e.message, file)
    throw e
  }
}

function versionOf(project: ProjectFile, wanted: string | undefined, file: string): string {
  const id = wanted ?? project.compare.new
  if (!project.versions.some((v) => v.id === id)) {
    throw new CliError(`no version "${id}" in the project (it has ${project.versions.map((v) => v.id).join(', ')})`, file)
  }
  return id
}

function readTexts(project: ProjectFile, file: string) {
  try {
    return projectTexts(project)
  } catch (e) {
    if (e instanceof ParseError) throw new CliError(`cannot read ${e.message}${e.line ? ` (line ${e.line})` : ''}`, file)
    throw e
  }
}
