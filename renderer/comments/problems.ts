/** The message for each reason a passage or a comment draft is refused. */
import type { DraftProblem } from './new-comment.js'

export const PROBLEM_KEY = {
  'no-unit': 'comments.problem.noUnit',
  'no-passage': 'comments.problem.noPassage',
  'passage-not-found': 'comments.problem.passageNotFound',
  'passage-ambiguous': 'comments.problem.passageAmbiguous',
  'no-body': 'comments.problem.noBody',
  'no-author': 'comments.problem.noAuthor',
} as const satisfies Record<DraftProblem, string>
