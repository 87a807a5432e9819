import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { Buyer } from '../../core/consoles';
import type { PhraseRecord } from '../../core/phrases';
import { fillVariables, listVariables, variableValue, type VariableRef } from '../../core/phrases/variables';
import type { SidebarHost } from '../sidebar/host';
import type { Status } from '../sidebar/status';
import { createEnterRelease } from './enter-release';
import { describeOutcome } from './outcome-text';

/** A phrase waiting for the agent to fill in values before it is inserted. */
export interface Filling {
  phrase: PhraseRecord;
  needed: VariableRef[];
  known: Record<string, string>;
  forBuyer: Buyer | null;
  /** The buyer's messages when the agent chose the phrase: the reply pick's question. */
  question: string;
}

/** What a reply pick's question may hold (the request's contract: at most 300 characters). */
const QUESTION_SENT_MAX = 300;

/**
 * From "the agent chose a phrase" to "it is in the chat input": variables filled (or asked for),
 * the wrong-buyer guard, waiting for Enter's release, the status line, and the usage count.
 */
export function usePhraseInsertion(host: SidebarHost, status: Status) {
  const { lang } = host;
  // The buyer the agent was looking at when choosing: guards against inserting into another chat.
  const chosenFor = useSignal<Buyer | null>(null);
  const filling = useSignal<Filling | null>(null);
  const enter = useMemo(createEnterRelease, []);

  // The release of an Enter pressed here may land outside the sidebar once a form closes: listen on the window.
  useEffect(() => {
    const up = (e: KeyboardEvent) => enter.onKeyUp(e);
    window.addEventListener('keyup', up, true);
    window.addEventListener('blur', enter.onBlur);
    return () => {
      window.removeEventListener('keyup', up, true);
      window.removeEventListener('blur', enter.onBlur);
    };
  }, [enter]);

  /** Notes which conversation is open: called whenever the agent starts choosing. */
  const choose = () => (chosenFor.value = host.buyer.value);

  /** Inserts once the Enter that chose the phrase is released, so the release can't reach the console. */
  async function deliver(phrase: PhraseRecord, text: string, forBuyer: Buyer | null, question: string) {
    await enter.whenReleased();
    const outcome = await host.insert(text, forBuyer);
    const said = describeOutcome(lang, outcome, phrase.title, host.site.name);
    if (said.kind === 'alert') status.alert(said.text, said.manualCopy);
    else status.say(said.text);
    // After a refusal the agent has seen the new buyer: the next press inserts for them.
    if (outcome.kind === 'buyer-changed') choose();
    if (outcome.kind === 'inserted' || outcome.kind === 'copied-standalone') {
      // With the question it answered, so suggested replies learn from what this agent picks.
      void host.client.request({ kind: 'recordUsage', phraseId: phrase.id, ...(question.trim() ? { question } : {}) });
    }
  }

  /** Fills variables from the page and settings; asks for the rest (and `{名称?}` prompts) first. */
  function pick(phrase: PhraseRecord) {
    const forBuyer = chosenFor.value ?? host.buyer.value;
    // Read now: the buyer may write again while the agent fills variables. A pick for another
    // buyer never counts (the insertion is refused when the conversation changed).
    const question = host.buyerMessages.value.join('\n').slice(0, QUESTION_SENT_MAX);
    const known = host.variableValues();
    const needed = listVariables(phrase.text).filter((v) => v.prompt || !variableValue(known, v.name).trim());
    if (needed.length > 0) {
      filling.value = { phrase, needed, known, forBuyer, question };
      return;
    }
    void deliver(phrase, fillVariables(phrase.text, known).text, forBuyer, question);
  }

  /** The values the agent typed for a phrase being filled: insert it, then close the form. */
  function submitFilling(values: Record<string, string>) {
    const fill = filling.value;
    if (!fill) return;
    const text = fillVariables(fill.phrase.text, { ...fill.known, ...values }).text;
    void deliver(fill.phrase, text, fill.forBuyer, fill.question).then(() => (filling.value = null));
  }

  return {
    choose,
    pick,
    filling,
    submitFilling,
    cancelFilling: () => (filling.value = null),
    /** Put on every view of the panel, so an insertion can wait for Enter's release. */
    keyHandlers: { onKeyDownCapture: enter.onKeyDown, onKeyUpCapture: enter.onKeyUp },
  };
}
