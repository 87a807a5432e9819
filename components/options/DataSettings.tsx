import type { Lang } from '../../core/i18n';
import type { ProtocolClient } from '../../core/client';
import { describeError } from '../phrases/outcome-text';
import type { Notice as Status } from '../manager/notice';
import { t } from '../ui/i18n';
import { BackupImport } from '../backup/BackupImport';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  status: Status;
}

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Backup and restore of everything, plus getting the starter phrases back. */
export function DataSettings({ lang, client, status }: Props) {
  async function exportAll() {
    const reply = await client.request({ kind: 'exportAll' });
    if (!reply.ok) return status.alert(describeError(reply.error));
    download(reply.value.fileName, reply.value.json);
    status.say(t(lang, 'exported', { file: reply.value.fileName }));
  }

  async function restoreStarter() {
    const reply = await client.request({ kind: 'restoreStarterPhrases' });
    if (reply.ok) status.say(t(lang, 'restored', { count: reply.value.restored }));
    else status.alert(describeError(reply.error));
  }

  return (
    <section class="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{t(lang, 'dataHeading')}</h2>
      <p class="intro">{t(lang, 'dataIntro')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={exportAll}>
          {t(lang, 'exportAll')}
        </button>
        <BackupImport lang={lang} client={client} status={status} label={t(lang, 'importAll')} />
        <button type="button" onClick={restoreStarter}>
          {t(lang, 'restoreStarter')}
        </button>
      </div>
    </section>
  );
}
