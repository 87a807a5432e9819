/**
 * Guided playbooks (应对) and the closing checklist (结束对话): the steps, the branch logic and
 * which of the agent's phrases each step proposes. Pure data and functions without zod, so the
 * sidebar frame loads them; the outcomes they record are kept by `core/outcomes`.
 */
export { PLAYBOOK_IDS, type ActionStep, type ChecklistItem, type Choice, type ChoiceOrderState, type PhraseRef, type Playbook, type PlaybookId, type QuestionStep, type Step, type Text } from './model';
export { PLAYBOOKS, playbookById } from './playbooks';
export { CLOSING_CHECKLIST } from './closing-checklist';
export { answersOf, back, checkPlaybook, choose, currentStep, isLastStep, pathOf, preselectedChoice, proceed, startRun, stepOf, type Run, type TrailEntry } from './run';
export { resolvePhrases, starterPhraseId, type FindSimilar, type LibraryPhrase, type ResolvedHow, type ResolvedPhrase } from './resolve-phrases';
export { OUTCOMES_MAX, OUTCOMES_PER_BUYER, OUTCOME_BUYER_ID_MAX, OUTCOME_NOTE_MAX, OUTCOME_PATH_ENTRY, OUTCOME_PATH_MAX } from './limits';
