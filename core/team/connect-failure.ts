import { say, type Lang } from '../i18n';

/** Why joining a team did not work, in the few kinds a seller can act on. */
export type ConnectFailureKind = 'wrong-password' | 'unreachable' | 'not-couchdb' | 'no-role' | 'bad-user-name' | 'no-permission' | 'session-not-kept' | 'server';

/** A failed login or check, thrown by the background's login and said by `describeConnectFailure`. */
export class ConnectFailure extends Error {
  constructor(readonly kind: ConnectFailureKind, detail?: string) {
    super(detail ? `${kind}: ${detail}` : kind);
    this.name = 'ConnectFailure';
  }
}

/** The failure in a seller's words: what happened and what to do. Nothing was saved in any case. */
export function describeConnectFailure(kind: ConnectFailureKind, lang: Lang): string {
  switch (kind) {
    case 'wrong-password':
      return say(lang, '用户名或密码不对，没有连接。请核对后再试（区分大小写）。', 'The user name or password is wrong; not connected. Check them and try again (they are case-sensitive).');
    case 'unreachable':
      return say(lang, '连不上这个服务器：请检查地址和端口，以及这台电脑能否上网、服务器是否开着。', 'Could not reach this server: check the address and port, that this computer is online, and that the server is running.');
    case 'not-couchdb':
      return say(lang, '这个地址有回应，但不是 CouchDB 服务器。请填 CouchDB 的地址（通常以 :5984 或 :6984 结尾）。', 'Something answered at this address, but it is not a CouchDB server. Give the CouchDB address (it often ends in :5984 or :6984).');
    case 'no-role':
      return say(lang, '登录成功，但这个账号在本店没有角色（既不是店主也不是客服）。请店主在服务器上给它加上 owner 或 agent 角色。', 'Logged in, but this account has no role in this shop (neither owner nor agent). Ask the shop owner to give it the owner or agent role on the server.');
    case 'bad-user-name':
      return say(lang, '这个客服账号的用户名不能用作团队数据库名：只能用小写字母、数字和 _$()+-/，并以字母开头。请店主换一个用户名。', 'This agent user name cannot name a team database: use lowercase letters, digits and _$()+-/ only, starting with a letter. Ask the shop owner for another user name.');
    case 'no-permission':
      return say(lang, '没有得到访问这个服务器的权限，没有连接。点“连接”时请在浏览器弹出的窗口里选“允许”。', 'The browser did not grant access to this server; not connected. When you click Connect, choose Allow in the prompt of the browser.');
    case 'session-not-kept':
      return say(lang, '密码正确，但浏览器没有保存登录（可能拦截了这个网站的 Cookie）。请在浏览器设置里允许这个服务器的 Cookie 后再试。', 'The password is right, but the browser did not keep the login (it may block cookies from this site). Allow cookies for this server in the browser settings and try again.');
    case 'server':
      return say(lang, '团队服务器出错了，没有连接。请稍后再试，或请店主检查服务器。', 'The team server had an error; not connected. Try again later, or ask the shop owner to check the server.');
  }
}
