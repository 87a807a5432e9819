import { useComputed } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Buyer } from '../../core/consoles';
import type { PhraseRecord } from '../../core/phrases';
import { CLOSING_CHECKLIST, PLAYBOOKS, pathOf, startRun } from '../../core/playbooks';
import { usePhraseInsertion } from '../phrases/use-phrase-insertion';
import { VariableForm } from '../phrases/VariableForm';
import type { LibraryState } from '../phrases/library-state';
import type { SidebarHost } from '../sidebar/host';
import { copyText } from '../ui/copy-text';
import type { Status } from '../sidebar/status';
import { ClosingChecklist } from './ClosingChecklist';
import { tp } from './messages';
import type { OutcomeAnswer } from './OutcomeForm';
import { buyerKey, createPanelViews, type PanelView } from './panel-state';
import { PlaybookRun } from './PlaybookRun';
import { RecentOutcomes } from './RecentOutcomes';
import { useOutcomes, type OutcomeDraft } from './use-outcomes';
import { useProposedPhrases } from './use-proposed';

interface Props {
  host: SidebarHost;
  library: LibraryState;
  status: Status;
}

/** Where the keyboard goes after a move: the suggested answer, the step's first control, or the first item. */
const FOCUS_ORDER = ['[data-preselected]', '.pb-step [data-first]', '.pb-step button', 'input[type=checkbox]', '.pb-item', 'button'];

/**
 * 应对: the guided playbooks and the closing checklist for the open conversation. Phrases go in
 * through the phrase panel's own path (variables, the wrong-buyer guard, never sending); each run
 * ends by recording its outcome under the buyer, and the buyer's recent outcomes show here.
 */
export function PlaybooksPanel({ host, library, status }: Props) {
  const { lang } = host;
  const site = host.site.id;
  const views = useMemo(createPanelViews, []);
  const key = useComputed(() => buyerKey(site, host.buyer.value));
  const view = views.of(key.value);
  const buyer = host.buyer.value;
  const resolve = useProposedPhrases(host, library);
  const { recent, record } = useOutcomes(host.client, site, host.buyer, (b) => buyerKey(site, b));

  // A checklist item whose phrase is being inserted: ticked once the insertion went through.
  const pendingTick = useRef<{ key: string; item: string } | null>(null);
  const insertHost = useMemo<SidebarHost>(
    () => ({
      ...host,
      insert: async (text, chosenFor) => {
        const outcome = await host.insert(text, chosenFor);
        const pending = pendingTick.current;
        pendingTick.current = null;
        if (pending && (outcome.kind === 'inserted' || outcome.kind === 'copied')) {
          const current = views.of(pending.key);
          if (current.kind === 'closing' && !current.ticked.includes(pending.item)) views.set(pending.key, { kind: 'closing', ticked: [...current.ticked, pending.item] });
        }
        return outcome;
      },
    }),
    [host],
  );
  const insertion = usePhraseInsertion(insertHost, status);
  // Public review replies are copied for the review page: they never belong in the chat input.
  const copyHost = useMemo<SidebarHost>(() => ({ ...host, insert: (text) => copyText(text) }), [host]);
  const copying = usePhraseInsertion(copyHost, status);

  // Moves the keyboard into the new view after the agent's own moves (never after a buyer switch).
  const root = useRef<HTMLDivElement>(null);
  const focusSoon = useRef(false);
  const show = (next: PanelView) => {
    focusSoon.current = true;
    views.set(key.value, next);
  };
  useEffect(() => {
    if (!focusSoon.current || !root.current) return;
    focusSoon.current = false;
    for (const selector of FOCUS_ORDER) {
      const el = root.current.querySelector<HTMLElement>(selector);
      if (el) return void el.focus();
    }
  });

  function pick(phrase: PhraseRecord, mode: 'insert' | 'copy') {
    const via = mode === 'copy' ? copying : insertion;
    via.choose();
    via.pick(phrase);
  }

  async function recordOutcome(draft: OutcomeDraft, what: string): Promise<void> {
    const who: Buyer | null = host.buyer.value;
    if (!who) return void status.alert(tp(lang, 'noBuyer'));
    const done = await record(who, draft);
    if (!done.ok) return void status.alert(tp(lang, 'recordFailed', { message: done.message }));
    status.say(tp(lang, 'recorded', { what, buyer: who.name }));
    show({ kind: 'home' });
  }

  const withKeys = (content: preact.JSX.Element) => (
    <div class="panel-keys pb" ref={root} {...insertion.keyHandlers}>
      {content}
    </div>
  );

  for (const via of [insertion, copying]) {
    const fill = via.filling.value;
    if (fill) {
      return withKeys(<VariableForm lang={lang} title={fill.phrase.title} needed={fill.needed} known={fill.known} onCancel={via.cancelFilling} onSubmit={via.submitFilling} />);
    }
  }

  const canRecord = buyer !== null && site !== undefined;
  if (view.kind === 'run') {
    const { run } = view;
    return withKeys(
      <PlaybookRun
        lang={lang}
        run={run}
        ending={view.ending}
        orderStatus={host.orderStatus.value}
        canRecord={canRecord}
        resolve={resolve}
        onPick={pick}
        onChange={(next, ending = false) => show({ kind: 'run', run: next, ending })}
        onClose={() => show({ kind: 'home' })}
        onRecord={(answer: OutcomeAnswer) => recordOutcome({ source: 'playbook', playbook: run.playbook.id, path: pathOf(run), ...answer }, run.playbook.name[lang])}
      />,
    );
  }
  if (view.kind === 'closing') {
    const here = key.value;
    return withKeys(
      <ClosingChecklist
        lang={lang}
        ticked={view.ticked}
        canRecord={canRecord}
        resolve={resolve}
        onPick={(phrase, item) => {
          pendingTick.current = { key: here, item };
          pick(phrase, 'insert');
        }}
        onTick={(ticked) => views.set(here, { kind: 'closing', ticked })}
        onClose={() => show({ kind: 'home' })}
        onRecord={(answer) => recordOutcome({ source: 'closing', path: CLOSING_CHECKLIST.filter((i) => view.ticked.includes(i.id)).map((i) => i.id), ...answer }, tp(lang, 'closingName'))}
      />,
    );
  }

  const shown = recent.value && recent.value.key === key.value ? recent.value : null;
  return withKeys(
    <section class="pb-home">
      <h2 class="pb-title">{tp(lang, 'heading')}</h2>
      <p class="hint">{tp(lang, 'intro')}</p>
      <ul class="pb-list" aria-label={tp(lang, 'listLabel')}>
        {PLAYBOOKS.map((p) => (
          <li key={p.id}>
            <button type="button" class="pb-item" onClick={() => show({ kind: 'run', run: startRun(p), ending: false })}>
              <strong>{p.name[lang]}</strong>
              <span>{p.summary[lang]}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="pb-item pb-closing-open" onClick={() => show({ kind: 'closing', ticked: [] })}>
        <strong>{tp(lang, 'closingOpen')}</strong>
        <span>{tp(lang, 'closingSummary')}</span>
      </button>
      {buyer ? (
        <RecentOutcomes lang={lang} buyerName={buyer.name} outcomes={shown && 'outcomes' in shown ? shown.outcomes : []} {...(shown && 'error' in shown ? { error: shown.error } : {})} />
      ) : (
        <p class="hint">{tp(lang, 'noBuyer')}</p>
      )}
    </section>,
  );
}
