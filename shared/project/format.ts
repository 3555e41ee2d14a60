/**
 * The project file's format name and version, apart from the zod schema: code that only makes
 * projects (the renderer) needs these two values, not the validator, which the app's first
 * paint would otherwise have to load.
 */
export const PROJECT_VERSION = 1
export const PROJECT_FORMAT = 'renvooi.project'
