import { say, type Lang } from '../i18n';

/** Where plain http is allowed: this computer only (a test or a server on the same machine). */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);
/** Longer than any real server address; keeps a pasted paragraph out of the error and the store. */
export const SERVER_URL_MAX = 300;

export type ServerUrlCheck = { ok: true; origin: string } | { ok: false; message: string };

/**
 * The team server's address as the seller typed it, checked strictly: `https://host[:port]` (or
 * `http://` for 127.0.0.1 and localhost only), with no path, query, fragment or name and password
 * in it. The answer is the origin alone: the one place the extension will talk to (and ask the
 * browser's permission for). Pure: the options page checks before asking for the permission, the
 * background checks again.
 */
export function checkServerUrl(input: string, lang: Lang): ServerUrlCheck {
  const text = input.trim();
  const bad = (zh: string, en: string): ServerUrlCheck => ({ ok: false, message: say(lang, `服务器地址不对：${zh}`, `The server address is not right: ${en}`) });
  if (text === '') return bad('请填写，例如 https://couch.example.com', 'fill it in, e.g. https://couch.example.com');
  if (text.length > SERVER_URL_MAX) return bad(`太长了（最多 ${SERVER_URL_MAX} 个字符）`, `it is too long (at most ${SERVER_URL_MAX} characters)`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return bad('应当以 https:// 开头，例如 https://couch.example.com', 'it should start with https://, e.g. https://couch.example.com');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return bad('只能用 https://（本机测试可用 http://）', 'only https:// works (http:// for this computer only)');
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    return bad('http:// 只能用于本机（127.0.0.1 或 localhost），其他服务器请用 https://，否则密码会明文传输', 'http:// is only for this computer (127.0.0.1 or localhost); use https:// for any other server, or the password travels unencrypted');
  }
  if (url.username !== '' || url.password !== '') return bad('地址里不要写用户名或密码，请填在下面的输入框里', 'leave the user name and password out of the address; use the fields below');
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || /[?#]/.test(text)) {
    return bad('只填服务器本身（如 https://couch.example.com:6984），不要带路径、数据库名或参数', 'give the server alone (e.g. https://couch.example.com:6984), with no path, database name or parameters');
  }
  return { ok: true, origin: url.origin };
}
