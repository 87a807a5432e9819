/**
 * The fake-console behaviour every replica shares (served at https://<console-host>/__replica__/shared/fake-console.js,
 * loaded as an ES module: no inline script or handler anywhere, so a replica runs under a strict CSP).
 *
 * What it copies from the real consoles (CONSOLES.md):
 * - the app's `draft` changes ONLY from `input` events on the chat input (a value set without one
 *   is not what gets sent); a `controlled` input (React) even writes the state back every 50 ms;
 * - Enter sends on the console's own key event (`keydown`, `keypress` or `keyup`), Shift+Enter
 *   makes a new line, the send button sends;
 * - conversations switch only on trusted clicks, without navigation, keeping a draft per buyer;
 * - `enterAnywhereSends`: a hostile `document` keydown listener that sends on Enter pressed
 *   anywhere outside the chat input while it holds text (our guess at the worst console).
 * Each site's own module (test/replicas/<site>/console.js) builds its markup and calls
 * `startFakeConsole` with its buyers and how to render them.
 *
 * Test hook: window.__replica = { site, variant, state, sent, buyers, selectBuyer(id), addBuyer(buyer),
 * addMessage(buyerId, text, from = 'buyer'), ...hook }.
 */

/** `?variant=`: 'renamed-input' (the site renames its chat input's hooks), 'empty' (no conversations), others are served-only. */
export const variant = new URLSearchParams(location.search).get('variant') || '';

/** An element with a class and text (text is always set as text: buyer names are hostile). */
export function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

/** An element from attributes (`className`, `text`, `style` via CSSOM, `onX` listeners) and children. */
export function h(tag, attrs, children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'className') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k === 'style') e.style.cssText = v; // CSSOM, which a strict CSP allows (a style attribute it would not)
    else if (k.startsWith('on')) e.addEventListener(k.slice(2).toLowerCase(), v);
    else e.setAttribute(k, v);
  }
  for (const c of children || []) if (c) e.appendChild(c);
  return e;
}

/** Styles built at run time (Doudian's hashed class names), applied without an inline <style>. */
export function adoptCss(cssText) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * @param {object} config
 * @param {string} config.site
 * @param {object[]} config.buyers  each { id, name, unread, msgs: [[kind, text, ...]], order? }; emptied by ?variant=empty
 * @param {HTMLTextAreaElement | HTMLElement} config.input  the chat input (textarea or contenteditable)
 * @param {'keydown' | 'keypress' | 'keyup'} config.sendOn  the Enter event that sends
 * @param {HTMLElement} config.sendButton
 * @param {(app) => void} config.render  (re)draws the conversation list and the chat
 * @param {(input: HTMLElement) => void} [config.renameInput]  what ?variant=renamed-input does
 * @param {boolean} [config.controlled]  React-like: the input's value follows state.draft every 50 ms
 * @param {boolean} [config.paragraphs]  Shift+Enter in a contenteditable makes a <div> (pell), not a <br>
 * @param {boolean} [config.enterAnywhereSends]  a document keydown listener sends on Enter outside the input
 * @param {string} [config.agentKind]  the message kind of what the agent sends ('cs' unless said)
 * @param {object} [config.hook]  more fields for window.__replica
 */
export function startFakeConsole(config) {
  const { site, input, sendOn } = config;
  const buyers = variant === 'empty' ? [] : config.buyers;
  const state = { draft: '', currentBuyerId: buyers.length ? buyers[0].id : null };
  const drafts = {};
  const sent = [];
  const editable = !(input instanceof HTMLTextAreaElement);
  if (variant === 'renamed-input' && config.renameInput) config.renameInput(input);
  if (config.paragraphs) document.execCommand('defaultParagraphSeparator', false, 'div');

  const readInput = () => (editable ? input.innerText.replace(/\n$/, '') : input.value);
  function writeInput() {
    if (!editable) {
      if (input.value !== state.draft) input.value = state.draft;
      return;
    }
    input.textContent = '';
    if (state.draft) input.innerText = state.draft;
  }

  const current = () => buyers.find((b) => b.id === state.currentBuyerId) || null;
  const app = {
    variant,
    state,
    buyers,
    current,
    /** Makes a row switch to its buyer on a trusted click only (the real consoles ignore script clicks). */
    switchesTo(row, buyerId) {
      row.addEventListener('click', (ev) => {
        if (ev.isTrusted) selectBuyer(buyerId);
      });
    },
  };
  const render = () => config.render(app);

  function selectBuyer(id) {
    if (id === state.currentBuyerId) return;
    drafts[state.currentBuyerId] = state.draft;
    state.currentBuyerId = id;
    state.draft = drafts[id] || '';
    writeInput(); // the app writes the DOM when its data changes
    const b = current();
    if (b) b.unread = typeof b.unread === 'number' ? 0 : false;
    render();
  }

  function send(via) {
    const b = current();
    if (!b || !state.draft.trim()) return;
    sent.push({ buyerId: b.id, text: state.draft, via, at: Date.now() });
    b.msgs.push([config.agentKind || 'cs', state.draft]);
    state.draft = '';
    writeInput();
    render();
  }

  input.addEventListener('input', () => {
    state.draft = readInput();
    if (config.controlled) writeInput();
  });
  if (config.controlled) setInterval(writeInput, 50); // a value set behind the app's back is lost

  const plainEnter = (ev) => ev.key === 'Enter' && !ev.shiftKey;
  if (sendOn === 'keydown') {
    input.addEventListener('keydown', (ev) => {
      if (plainEnter(ev) && !ev.isComposing) {
        ev.preventDefault();
        send('enter-keydown');
      }
    });
  } else if (sendOn === 'keypress') {
    // Nothing on keydown: a keydown without its keypress (a synthetic one) does not send.
    input.addEventListener('keypress', (ev) => {
      if (plainEnter(ev)) {
        ev.preventDefault();
        send('enter-keypress');
      }
    });
  } else {
    input.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Enter' || ev.isComposing) return;
      if (!ev.shiftKey) ev.preventDefault(); // no line break from a plain Enter: keyup sends
      else if (config.paragraphs) {
        ev.preventDefault();
        document.execCommand('insertParagraph');
      }
    });
    input.addEventListener('keyup', (ev) => {
      if (plainEnter(ev)) send('enter-keyup');
    });
  }
  if (config.enterAnywhereSends) {
    document.addEventListener('keydown', (ev) => {
      if (input.contains(ev.target)) return; // the input's own Enter is handled above
      if (plainEnter(ev) && !ev.isComposing && state.draft.trim()) send('document-keydown');
    });
  }
  config.sendButton.addEventListener('click', () => send('button'));

  /** A new conversation arrives at the top of the list (tests only): the console redraws. */
  function addBuyer(buyer) {
    buyers.unshift(buyer);
    render();
  }

  /**
   * A new message in a buyer's conversation (tests only): the buyer writes (`from` 'buyer'; unread
   * when that conversation is not open) or the agent answers from elsewhere ('agent'). Redraws.
   */
  function addMessage(buyerId, text, from = 'buyer') {
    const b = buyers.find((x) => x.id === buyerId);
    if (!b) throw new Error('no buyer ' + buyerId);
    b.msgs.push([from === 'agent' ? config.agentKind || 'cs' : 'buyer', String(text)]);
    if (from !== 'agent' && b.id !== state.currentBuyerId) b.unread = typeof b.unread === 'number' ? b.unread + 1 : true;
    render();
  }

  window.__replica = { site, variant, state, sent, buyers, selectBuyer, addBuyer, addMessage, ...config.hook };
  render();
}
