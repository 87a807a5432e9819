import type { ComponentType } from 'preact';
import type { ProtocolClient } from '../../core/client';
import type { Lang } from '../../core/i18n';
import type { SiteAdapter } from '../../sites/types';
import type { PhraseFiles } from '../manager/phrase-files';
import type { Notice } from '../manager/notice';
import type { LibraryState } from '../phrases/library-state';
import type { SidebarHost } from '../sidebar/host';
import type { Status } from '../sidebar/status';

/** The pages a sidebar panel can sit on: the chat console and the back-office tables. */
export type SidebarPage = 'chat' | 'relations' | 'staff';
/** Every page kind a panel can declare; `options` is the full-page manager. */
export type PanelPage = SidebarPage | 'options';

/** What every panel gets, wherever it shows. */
interface PanelPropsBase {
  lang: Lang;
  client: ProtocolClient;
  library: LibraryState;
}

/** A panel in the sidebar frame: the page it sits on, its host and the sidebar's one status line. */
export interface SidebarPanelProps extends PanelPropsBase {
  page: SidebarPage;
  host: SidebarHost;
  status: Status;
  focusRequest: { value: number };
  pickRequest: { value: string | null };
}

/** A panel (tab) of the options page: its notice line, the phrase-file loader and the console adapters. */
export interface OptionsPanelProps extends PanelPropsBase {
  page: 'options';
  notice: Notice;
  files: () => Promise<PhraseFiles>;
  adapters: readonly SiteAdapter[];
}

/** What a panel on page kind `P` is given. */
export type PanelPropsFor<P extends PanelPage> = P extends 'options' ? OptionsPanelProps : SidebarPanelProps;

/**
 * One UI area's tab, declared in its own folder (`components/<area>/panel.tsx`) and listed once in
 * the registry of the surface it shows on (`components/sidebar/panels.ts`, `components/options/panels.ts`).
 */
export interface PanelDeclaration<P extends PanelPage = PanelPage> {
  /** Stable id: the options page's `#hash`, the element ids. */
  id: string;
  /** The tab's name, which is also the accessible name e2e specs find it by. */
  name: { zh: string; en: string };
  /** Lower comes first. */
  order: number;
  /** The page kinds it shows on. */
  pages: readonly P[];
  component: ComponentType<PanelPropsFor<P>>;
  /** A small count on the sidebar tab (e.g. promises due), drawn whichever tab is open; none when it renders nothing. */
  badge?: ComponentType<{ lang: Lang; host: SidebarHost }>;
}

/** Declares a panel; a function only so that TypeScript checks the component against its page kinds. */
export function definePanel<P extends PanelPage>(panel: PanelDeclaration<P>): PanelDeclaration<P> {
  return panel;
}

/**
 * The panels that show on `page`, in their order. Two panels with one id is a programming error and
 * throws at once (on load, in every test), as `assembleAreas` does for core areas.
 */
export function panelsFor<P extends PanelPage>(registry: readonly PanelDeclaration<P>[], page: P): PanelDeclaration<P>[] {
  const seen = new Set<string>();
  for (const panel of registry) {
    if (seen.has(panel.id)) throw new Error(`panel ${panel.id} is declared twice`);
    seen.add(panel.id);
  }
  return registry.filter((p) => p.pages.includes(page)).sort((a, b) => a.order - b.order);
}

/** The tab name in the UI language. */
export const panelName = (panel: Pick<PanelDeclaration, 'name'>, lang: Lang): string => panel.name[lang];
