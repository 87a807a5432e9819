import { useSignal } from '@preact/signals';
import type { SidebarPanelProps } from '../panels/panel';
import { cutsText } from './cuts-text';
import { rt } from './messages';
import { RecordsBrowser, type Listing } from './RecordsBrowser';

/**
 * 记录 in the sidebar on a chat console: save the open conversation (read by the content script,
 * bounded, handed over the private port), then find, read or delete saved ones. The records come
 * from the background into this sealed frame only; nothing of them is written into the console page.
 */
export function RecordsSidebar({ lang, client, host, status }: SidebarPanelProps) {
  const query = useSignal('');
  const version = useSignal(0);
  const listing = useSignal<Listing | null>(null);
  const busy = useSignal(false);

  async function save() {
    if (!host.readConversation || busy.value) return;
    busy.value = true;
    try {
      const read = await host.readConversation();
      if (!read.buyer) return status.alert(rt(lang, 'noConversation'));
      if (read.messages.length === 0) return status.alert(rt(lang, 'noMessages'));
      const reply = await client.request({
        kind: 'saveConversationRecord',
        draft: { site: host.site.name, buyerId: read.buyer.id, buyerName: read.buyer.name, product: read.product, messages: read.messages, cuts: read.cuts },
      });
      if (!reply.ok) return status.alert(reply.error.message);
      const { summary } = reply.value;
      const name = summary.buyerName || summary.buyerId;
      const cuts = cutsText(lang, summary.cuts);
      status.say(cuts ? rt(lang, 'savedCut', { name, count: summary.messageCount, cuts }) : rt(lang, 'saved', { name, count: summary.messageCount }));
      version.value++;
    } finally {
      busy.value = false;
    }
  }

  return (
    <div class="rec compact">
      <section class="rec-card" aria-labelledby="rec-heading">
        <h3 id="rec-heading">{rt(lang, 'heading')}</h3>
        <p class="hint">{rt(lang, 'intro')}</p>
        <div class="actions">
          <button type="button" class="primary" disabled={busy.value} onClick={() => void save()}>
            {busy.value ? rt(lang, 'saving') : rt(lang, 'saveConversation')}
          </button>
        </div>
      </section>
      <section class="rec-card">
        <RecordsBrowser lang={lang} client={client} reporter={status} query={query} version={version} listing={listing} />
        <p class="hint">{rt(lang, 'ownerHint')}</p>
      </section>
    </div>
  );
}
