import type { Lang } from '../../core/i18n';
import { m } from './messages';
import type { Notice } from './notice';

/** Errors in role=alert, news in role=status, with the news' action (撤销) next to it. */
export function NoticeBar({ lang, notice }: { lang: Lang; notice: Notice }) {
  const message = notice.current.value;
  return (
    <div class="notice-bar">
      {message?.kind === 'alert' && (
        <div class="alert-row">
          <div role="alert" class="alert">
            {message.text}
          </div>
          <button type="button" class="icon dismiss" aria-label={m(lang, 'dismiss')} onClick={notice.clear}>
            ✕
          </button>
        </div>
      )}
      <div class={`notice${message?.kind === 'status' && message.text ? ' shown' : ''}`}>
        <div role="status" class="status">
          {message?.kind === 'status' ? message.text : ''}
        </div>
        {message?.kind === 'status' && message.action && (
          <button type="button" class="small" onClick={() => void message.action!.run()}>
            {message.action.label}
          </button>
        )}
        {message?.kind === 'status' && (
          <button type="button" class="icon dismiss" aria-label={m(lang, 'dismiss')} onClick={notice.clear}>
            ✕
          </button>
        )}
      </div>
    </div>
  );
}
