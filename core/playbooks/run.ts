/**
 * Walking a playbook: where the run is, the answers given so far, and the path an outcome record
 * keeps. Every function returns a new run; a wrong move (an answer the step doesn't offer) throws,
 * as it can only be a programming error: the panel offers only the step's own answers.
 */
import type { ActionStep, ChoiceOrderState, Playbook, Step, Text } from './model';

/** One step passed, with the answer given when it asked a question. */
export interface TrailEntry {
  step: string;
  choice?: string;
}

export interface Run {
  playbook: Playbook;
  /** The step shown now. */
  at: string;
  /** The steps passed before it, oldest first. */
  trail: readonly TrailEntry[];
}

/** The step with this id; throws for an id the playbook doesn't have. */
export function stepOf(playbook: Playbook, id: string): Step {
  const step = playbook.steps.find((s) => s.id === id);
  if (!step) throw new Error(`playbook ${playbook.id} has no step ${id}`);
  return step;
}

export const startRun = (playbook: Playbook): Run => ({ playbook, at: playbook.start, trail: [] });

export const currentStep = (run: Run): Step => stepOf(run.playbook, run.at);

/** An action step without a next step ends the run: the outcome is recorded there. */
export const isLastStep = (step: Step): step is ActionStep => step.kind === 'action' && step.next === undefined;

/** Answers the current step's question. */
export function choose(run: Run, choiceId: string): Run {
  const step = currentStep(run);
  if (step.kind !== 'question') throw new Error(`step ${step.id} asks no question`);
  const choice = step.choices.find((c) => c.id === choiceId);
  if (!choice) throw new Error(`step ${step.id} has no answer ${choiceId}`);
  return { ...run, at: choice.next, trail: [...run.trail, { step: step.id, choice: choice.id }] };
}

/** From an action step to the next one. */
export function proceed(run: Run): Run {
  const step = currentStep(run);
  if (step.kind !== 'action' || step.next === undefined) throw new Error(`step ${step.id} has no next step`);
  return { ...run, at: step.next, trail: [...run.trail, { step: step.id }] };
}

/** One step back (the answer given there is undone); null at the first step. */
export function back(run: Run): Run | null {
  const last = run.trail[run.trail.length - 1];
  return last ? { ...run, at: last.step, trail: run.trail.slice(0, -1) } : null;
}

/**
 * The answer the page's order state points to, when the step asks about it: `shipped` or
 * `not-shipped` (from `orderStateOf` of the page's order status); null when it says nothing here.
 * The agent still confirms it: the page may show another order than the one asked about.
 */
export function preselectedChoice(step: Step, orderState: string | null | undefined): string | null {
  if (step.kind !== 'question' || !orderState) return null;
  return step.choices.find((c) => c.orderState === (orderState as ChoiceOrderState))?.id ?? null;
}

/** The path an outcome keeps: `step:answer` for questions, `step` for the rest, the current step last. */
export function pathOf(run: Run): string[] {
  return [...run.trail, { step: run.at }].map((e) => (e.choice ? `${e.step}:${e.choice}` : e.step));
}

/**
 * What is wrong with a playbook's graph, in words (empty when nothing): ids unique and short, every
 * `next` known, every step reachable from the start, no way round in circles, every way ends.
 */
export function checkPlaybook(playbook: Playbook): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const step of playbook.steps) {
    if (ids.has(step.id)) problems.push(`step ${step.id} twice`);
    ids.add(step.id);
    if (!/^[a-z0-9-]{1,30}$/.test(step.id)) problems.push(`step id ${step.id} is not short lowercase`);
  }
  const nextOf = (step: Step): string[] => (step.kind === 'question' ? step.choices.map((c) => c.next) : step.next ? [step.next] : []);
  for (const step of playbook.steps) {
    for (const next of nextOf(step)) if (!ids.has(next)) problems.push(`step ${step.id} leads to unknown ${next}`);
    if (step.kind === 'question') {
      if (step.choices.length < 2) problems.push(`question ${step.id} has fewer than two answers`);
      const answers = new Set(step.choices.map((c) => c.id));
      if (answers.size !== step.choices.length) problems.push(`question ${step.id} has an answer twice`);
      for (const c of step.choices) if (!/^[a-z0-9-]{1,30}$/.test(c.id)) problems.push(`answer id ${c.id} is not short lowercase`);
    } else if (step.phrases.length === 0) {
      problems.push(`step ${step.id} proposes no phrase`);
    }
  }
  if (!ids.has(playbook.start)) problems.push(`start ${playbook.start} is unknown`);
  if (problems.length > 0) return problems;

  // Depth-first from the start: a step met again on the current way is a circle.
  const reached = new Set<string>();
  const walk = (id: string, way: readonly string[]) => {
    if (way.includes(id)) return void problems.push(`circle: ${[...way, id].join(' → ')}`);
    reached.add(id);
    for (const next of nextOf(stepOf(playbook, id))) walk(next, [...way, id]);
  };
  walk(playbook.start, []);
  for (const id of ids) if (!reached.has(id)) problems.push(`step ${id} is never reached`);
  return problems;
}

/**
 * The answers along a path, in words (`state:not-shipped` → 还没发货): for the run's breadcrumb
 * and for outcomes recorded earlier. Entries this version doesn't know are left out.
 */
export function answersOf(playbook: Playbook, path: readonly string[]): Text[] {
  return path.flatMap((entry) => {
    const [stepId, choiceId] = entry.split(':');
    const step = playbook.steps.find((s) => s.id === stepId);
    const choice = step?.kind === 'question' ? step.choices.find((c) => c.id === choiceId) : undefined;
    return choice ? [choice.label] : [];
  });
}
