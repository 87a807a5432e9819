import { describe, expect, it } from 'vitest';
import { SITE_IDS } from '../core/consoles';
import { adapterForUrl, CHAT_ADAPTERS, SITES } from './registry';

describe('adapterForUrl', () => {
  it('finds the site and page kind by the real console URLs', () => {
    const found = (url: string) => {
      const adapter = adapterForUrl(url);
      return adapter && [adapter.id, adapter.kind];
    };
    expect(found('https://mms.pinduoduo.com/chat-merchant/index.html#/')).toEqual(['pinduoduo', 'chat']);
    expect(found('https://mms.pinduoduo.com/mms-chat/')).toEqual(['pinduoduo', 'chat']);
    expect(found('https://im.jinritemai.com/pc_seller_v2/main/workspace?fromOrder=1')).toEqual(['doudian', 'chat']);
    expect(found('https://dongdong.jd.com/')).toEqual(['jd', 'chat']);
    expect(found('https://myseller.taobao.com/home.htm/QnworkbenchHome/')).toEqual(['qianniu', 'chat']);
    expect(found('https://qn.taobao.com/')).toEqual(['qianniu', 'chat']);
  });

  it('knows no other page', () => {
    expect(adapterForUrl('https://mms.pinduoduo.com/goods/list')).toBeNull();
    expect(adapterForUrl('https://evil.example/chat-merchant/')).toBeNull();
    expect(adapterForUrl('https://mms.pinduoduo.com.evil.example/chat-merchant/')).toBeNull();
    expect(adapterForUrl('http://dongdong.jd.com/')).toBeNull();
    expect(adapterForUrl('not a url')).toBeNull();
  });

  it('gives the page its site name with the page kind’s selectors', () => {
    const adapter = adapterForUrl('https://dongdong.jd.com/');
    expect(adapter?.name.zh).toBe('京东咚咚');
    expect(adapter?.kind === 'chat' && adapter.selectors.chatInput).toBe(CHAT_ADAPTERS.jd.selectors.chatInput);
  });

  it('finds Qianniu’s back-office tables before its chat page, which matches the whole host', () => {
    const found = (url: string) => {
      const adapter = adapterForUrl(url);
      return adapter && [adapter.id, adapter.kind];
    };
    expect(found('https://myseller.taobao.com/home.htm/ExclusiveService/CustomerManage/')).toEqual(['qianniu', 'relations']);
    expect(found('https://myseller.taobao.com/home.htm/ExclusiveService/CustomerManage/?variant=x')).toEqual(['qianniu', 'relations']);
    expect(found('https://myseller.taobao.com/home.htm/SubAccount/StaffManage/')).toEqual(['qianniu', 'staff']);
    expect(found('https://myseller.taobao.com/home.htm/QnworkbenchHome/')).toEqual(['qianniu', 'chat']);
    expect(found('https://myseller.taobao.com/home.htm/ExclusiveService/TransferManage/')).toEqual(['qianniu', 'chat']);
  });
});

describe('sites', () => {
  it('has one folder per console, each with a chat page', () => {
    expect(Object.keys(SITES).sort()).toEqual([...SITE_IDS].sort());
    for (const id of SITE_IDS) {
      expect(SITES[id].id).toBe(id);
      expect(CHAT_ADAPTERS[id]).toMatchObject({ id, kind: 'chat' });
    }
  });
});
