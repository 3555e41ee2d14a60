export * from './types.js'
export * from './path.js'
export * from './normalize.js'
