export * from './schema.js'
export * from './load.js'
export * from './migrate.js'
export * from './create.js'
