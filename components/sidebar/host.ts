import type { ReadonlySignal } from '@preact/signals';
import type { Buyer, Conversation } from '../../core/consoles';
import type { Lang } from '../../core/i18n';
import type { ProtocolClient } from '../../core/client';

/** What happened when the agent picked a phrase; the sidebar turns it into a sentence. */
export type InsertOutcome =
  | { kind: 'inserted' }
  | { kind: 'buyer-changed'; from: string; to: string }
  | { kind: 'no-input'; selector: string }
  | { kind: 'copied' }
  /** Standalone mode: copying is the whole job, not a fallback. */
  | { kind: 'copied-standalone' }
  | { kind: 'failed' };

/** How picking the chat input with a click ended. */
export type PickOutcome =
  | { kind: 'saved'; selector: string }
  | { kind: 'cancelled' }
  | { kind: 'not-editable' }
  | { kind: 'failed'; message: string };

/** A problem the page reader found, said once in the sidebar (`role=alert`). */
export type PageProblem =
  | { kind: 'no-input'; selector: string }
  | { kind: 'invalid-selector'; part: string; selector: string };

/**
 * Everything the sidebar needs from the page it sits on. The sidebar frame implements it over its
 * port to the content script; tests give a fake one. The sidebar never touches the console's DOM.
 */
export interface SidebarHost {
  lang: Lang;
  site: { name: string; confidence: 'seen' | 'guess' };
  client: ProtocolClient;
  buyer: ReadonlySignal<Buyer | null>;
  conversations: ReadonlySignal<Conversation[]>;
  problems: ReadonlySignal<PageProblem[]>;
  /** Variable values known without asking: from the page (`买家`, `商品`) and from settings. */
  variableValues(): Record<string, string>;
  /** Scrolls a buyer's row into view and outlines it (console pages only); false when it is gone. */
  revealConversation?(buyerId: string): Promise<boolean>;
  /** Lets the agent click the console's chat input when its selector finds nothing (console pages only). */
  pickChatInput?(): Promise<PickOutcome>;
  /** Escape in the sidebar: the chat input gets the focus back (console pages only). */
  focusChatInput?(): void;
  /** Insert into the chat input, unless the conversation is no longer `chosenFor`. */
  insert(text: string, chosenFor: Buyer | null): Promise<InsertOutcome>;
}
