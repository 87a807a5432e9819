import { definePanel } from '../panels/panel';
import { MyDayCard } from './MyDayCard';

/*
 * Stand-in tab for MyDayCard until it joins routing-lab's 分流 panel (the lead moves it at merge):
 * the card is self-contained. Kept apart from options-panel.tsx: the sidebar frame loads no zod.
 */

/** 我的分流 in the sidebar on the chat console. */
export const myDayPanel = definePanel({
  id: 'my-day',
  name: { zh: '我的分流', en: 'My routing' },
  order: 40,
  pages: ['chat'],
  component: ({ lang, client, status, library }) => (
    <div class="rd compact">
      <MyDayCard lang={lang} client={client} reporter={status} defaultAgent={library.snapshot.value?.variableSettings?.['客服'] ?? ''} />
    </div>
  ),
});
