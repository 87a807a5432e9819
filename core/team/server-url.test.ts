import { describe, expect, it } from 'vitest';
import { checkServerUrl } from './server-url';

const origin = (input: string) => {
  const checked = checkServerUrl(input, 'en');
  return checked.ok ? checked.origin : `refused: ${checked.message}`;
};

describe('checkServerUrl', () => {
  it('takes an https server, with or without a port or a trailing slash, and keeps its origin only', () => {
    expect(origin('https://couch.example.com')).toBe('https://couch.example.com');
    expect(origin('  https://Couch.Example.com:6984/  ')).toBe('https://couch.example.com:6984');
    expect(origin('https://couch.example.com:443')).toBe('https://couch.example.com');
  });

  it('takes plain http for this computer only, and says why elsewhere', () => {
    expect(origin('http://127.0.0.1:5984')).toBe('http://127.0.0.1:5984');
    expect(origin('http://localhost:5984/')).toBe('http://localhost:5984');
    expect(origin('http://couch.example.com')).toMatch(/^refused: .*only for this computer.*unencrypted/);
    expect(origin('http://192.168.1.20:5984')).toMatch(/^refused: .*only for this computer/);
    expect(origin('http://127.0.0.1.example.com')).toMatch(/^refused: .*only for this computer/);
  });

  it('refuses other schemes, names and passwords, paths, queries and fragments, each with its reason', () => {
    expect(origin('ftp://couch.example.com')).toMatch(/only https:\/\//);
    expect(origin('javascript:alert(1)')).toMatch(/only https:\/\//);
    expect(origin('couch.example.com')).toMatch(/should start with https:\/\//);
    expect(origin('https://admin:pw@couch.example.com')).toMatch(/leave the user name and password out/);
    expect(origin('https://admin@couch.example.com')).toMatch(/leave the user name and password out/);
    expect(origin('https://couch.example.com/shop')).toMatch(/no path, database name or parameters/);
    expect(origin('https://couch.example.com/?a=1')).toMatch(/no path/);
    expect(origin('https://couch.example.com/#x')).toMatch(/no path/);
    expect(origin('https://couch.example.com?')).toMatch(/no path/);
    expect(origin('')).toMatch(/fill it in/);
    expect(origin(`https://${'a'.repeat(300)}.com`)).toMatch(/too long/);
  });

  it('says it in Chinese too', () => {
    expect(checkServerUrl('http://couch.example.com', 'zh')).toEqual({ ok: false, message: expect.stringMatching(/^服务器地址不对：http:\/\/ 只能用于本机/) });
  });
});
