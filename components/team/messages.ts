import { defineMessages } from '../ui/i18n';

/** Every sentence of the 团队同步 tab, in both languages. Written by us. */
const MESSAGES = {
  heading: ['团队同步', 'Team sync'],
  intro: [
    '连接店铺自己的 CouchDB 服务器后，店主编辑的店铺话术会同步到每位客服的电脑，客服的使用情况也会同步给店主。不连接时，一切只保存在这台电脑上。',
    "Connect to the shop's own CouchDB server: the owner's shop library then reaches every agent's computer, and the agents' usage reaches the owner. Without it, everything stays on this computer.",
  ],
  serverUrl: ['服务器地址', 'Server address'],
  serverUrlHint: [
    '只填服务器本身，例如 https://couch.example.com:6984。必须用 https://；http:// 只能用于本机测试（127.0.0.1 或 localhost）。',
    'The server alone, e.g. https://couch.example.com:6984. It must be https://; http:// works only for a test on this computer (127.0.0.1 or localhost).',
  ],
  user: ['用户名', 'User name'],
  password: ['密码', 'Password'],
  needUser: ['请填写用户名（服务器上的 CouchDB 账号）。', 'Fill in the user name (the CouchDB account on the server).'],
  needPassword: ['请填写密码。', 'Fill in the password.'],
  passwordHint: [
    '密码只用来登录这一次，扩展不会保存它；登录状态由浏览器以服务器的登录 Cookie 保存，过期后在这里重新连接即可。',
    "The password is used for this login only and the extension never stores it; the browser keeps the login as the server's session cookie. When it expires, connect again here.",
  ],
  leaveHint: [
    '随时可以退出团队：退出后这台电脑保留一份全部话术和数据，照常可用，只是不再同步。',
    'You can leave the team at any time: this computer keeps a copy of all phrases and data and works as before, only without syncing.',
  ],
  permissionHint: ['点“连接”后，浏览器会询问是否允许访问这个服务器，请选“允许”。', 'After you click Connect, the browser asks whether to allow access to this server: choose Allow.'],
  connect: ['连接', 'Connect'],
  connecting: ['正在连接…', 'Connecting…'],
  connected: ['已连接团队：{user}（{role}）。', 'Connected to the team as {user} ({role}).'],
  factsLabel: ['团队连接', 'Team connection'],
  me: ['我是', 'Signed in as'],
  role: ['角色', 'Role'],
  role_owner: ['店主', 'Owner'],
  role_agent: ['客服', 'Agent'],
  role_none: ['无角色', 'No role'],
  roleHint_owner: ['可以修改店铺话术', 'may change the shop library'],
  roleHint_agent: ['使用店铺话术，自己的话术和数据同步给店主', 'uses the shop library; own phrases and data reach the owner'],
  server: ['服务器', 'Server'],
  lastSync: ['上次成功同步', 'Last successful sync'],
  neverSynced: ['还没有成功同步过', 'Not synced successfully yet'],
  lastFailure: ['上次同步失败', 'Last failed sync'],
  failureResolved: ['（之后已同步成功）', '(synced successfully since)'],
  at: ['{relative}（{absolute}）', '{relative} ({absolute})'],
  justNow: ['刚刚', 'just now'],
  minutesAgo: ['{count} 分钟前', '{count} min ago'],
  hoursAgo: ['{count} 小时前', '{count} h ago'],
  daysAgo: ['{count} 天前', '{count} day(s) ago'],
  syncNow: ['立即同步', 'Sync now'],
  syncing: ['正在同步…', 'Syncing…'],
  synced: ['同步完成。', 'Sync finished.'],
  leave: ['退出团队', 'Leave team'],
  leaving: ['正在退出…', 'Leaving…'],
  confirmLeave: [
    '确定退出团队？这台电脑上的话术和数据全部保留，可以照常使用；之后不再与团队同步，登录状态会删除，访问这个服务器的权限会收回。',
    'Leave the team? Every phrase and all data stay on this computer and keep working; it just stops syncing with the team, the login is deleted and access to this server is given back.',
  ],
  confirmLeaveButton: ['确认退出', 'Leave'],
  cancel: ['取消', 'Cancel'],
  left: ['已退出团队，本机数据全部保留。', 'Left the team; everything stays on this computer.'],
  loading: ['正在读取团队状态…', 'Reading the team status…'],
} as const;

export const tt = defineMessages<keyof typeof MESSAGES>(MESSAGES);
