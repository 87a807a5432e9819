import { signal } from '@preact/signals';
import type { Buyer, Conversation } from '../../core/consoles';
import type { Lang } from '../../core/i18n';
import type { ProtocolClient } from '../../core/client';
import type { LibraryState } from '../phrases/library-state';
import { PhrasesPanel } from '../phrases/PhrasesPanel';
import type { PageProblem, SidebarHost } from '../sidebar/host';
import { createStatus } from '../sidebar/status';
import { copyText } from '../ui/copy-text';
import { t } from '../ui/i18n';
import { ManualCopy } from '../ui/ManualCopy';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  library: LibraryState;
  onOpenWindow(): void;
}

const status = createStatus();
const focusRequest = signal(1);
const pickRequest = signal<string | null>(null);
const none = signal<Buyer | null>(null);
const noConversations = signal<Conversation[]>([]);
const noProblems = signal<PageProblem[]>([]);
const noMessages = signal<readonly string[]>([]);
const noOrderStatus = signal<string | null>(null);

/** The library outside any console page: the side panel, or a small window of its own. */
export function StandaloneApp({ lang, client, library, onOpenWindow }: Props) {
  const host: SidebarHost = {
    lang,
    site: { name: t(lang, 'standaloneSite'), confidence: 'seen' },
    client,
    buyer: none,
    conversations: noConversations,
    problems: noProblems,
    buyerMessages: noMessages,
    orderStatus: noOrderStatus,
    // No page to read: settings fill `{店铺}` and the like; everything else is asked for before copying.
    variableValues: () => ({ ...library.snapshot.value?.variableSettings }),
    insert: (text) => copyText(text),
  };
  const message = status.current.value;
  return (
    <div class="standalone panel">
      <header class="header">
        <div class="brand">
          <strong>{t(lang, 'launcher')}</strong>
          <span class="site">{t(lang, 'standaloneSite')}</span>
        </div>
        <p class="buyer">{t(lang, 'standaloneIntro')}</p>
        <button type="button" class="link" onClick={onOpenWindow}>
          {t(lang, 'openWindow')}
        </button>
      </header>
      {message?.kind === 'alert' && (
        <div role="alert" class="alert">
          <p>{message.text}</p>
          {message.manualCopy !== undefined && <ManualCopy lang={lang} text={message.manualCopy} />}
        </div>
      )}
      <div class="tabpanel">
        <PhrasesPanel host={host} library={library} status={status} focusRequest={focusRequest} pickRequest={pickRequest} />
      </div>
      <div role="status" class="status" aria-live="polite">
        {message?.kind === 'status' ? message.text : ''}
      </div>
    </div>
  );
}
