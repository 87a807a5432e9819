/**
 * The shape of a guided playbook (应对): a small graph of steps. A step either asks the agent one
 * question (a branch: each answer leads to another step) or proposes phrases to insert and then
 * goes on, or ends the run. Plain data and types, free of zod: the sidebar frame loads it.
 */

/** A sentence in both UI languages, written by us. */
export interface Text {
  zh: string;
  en: string;
}

/** The playbooks, by id: what an outcome record names. */
export const PLAYBOOK_IDS = ['urge-shipping', 'order-change', 'return-exchange', 'complaint', 'bad-review'] as const;
export type PlaybookId = (typeof PLAYBOOK_IDS)[number];

/** The order state a choice is for: the page's order status may preselect it. */
export type ChoiceOrderState = 'shipped' | 'not-shipped';

/** One answer to a step's question. */
export interface Choice {
  /** Short, stable: it goes into the outcome's path (`step:choice`). */
  id: string;
  label: Text;
  /** The step this answer leads to. */
  next: string;
  /** Preselected when the page shows this order state. */
  orderState?: ChoiceOrderState;
}

/**
 * A phrase a step proposes, named by the starter library's key (`phr_starter_<key>` in the
 * library) and its starter title, which finds a copy the agent re-created or imported when the
 * starter phrase itself was deleted.
 */
export interface PhraseRef {
  key: string;
  title: string;
}

interface StepBase {
  /** Short, stable: it goes into the outcome's path. */
  id: string;
  /** What to do now, as a heading. */
  title: Text;
  /** How, and why: one or two sentences. */
  hint?: Text;
}

/** A branch: one question, one answer per way on. */
export interface QuestionStep extends StepBase {
  kind: 'question';
  choices: readonly Choice[];
}

/** Something to say: phrases to insert, then the next step, or the end of the run. */
export interface ActionStep extends StepBase {
  kind: 'action';
  phrases: readonly PhraseRef[];
  /**
   * What the buyer is asking at this step, in buyers' words: finds a similar phrase of the agent's
   * own library when a proposed one is gone.
   */
  asks: readonly string[];
  /** The next step; absent: this step ends the run (then the outcome is recorded). */
  next?: string;
  /** Public replies (to a review) are copied for the review page, never put in the chat input. */
  publicReply?: boolean;
}

export type Step = QuestionStep | ActionStep;

export interface Playbook {
  id: PlaybookId;
  name: Text;
  /** When to use it, one line. */
  summary: Text;
  /** The first step's id. */
  start: string;
  steps: readonly Step[];
}

/** One item of the closing checklist (结束对话), with the phrases that do it. */
export interface ChecklistItem {
  id: string;
  label: Text;
  hint: Text;
  phrases: readonly PhraseRef[];
  asks: readonly string[];
}
