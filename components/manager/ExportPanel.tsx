import type { ProtocolClient } from '../../core/client';
import { useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import type { LibraryState } from '../phrases/library-state';
import { describeError } from '../phrases/outcome-text';
import { fileStamp } from './format';
import { m } from './messages';
import type { Notice } from './notice';
import { download, type PhraseFiles } from './phrase-files';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  library: LibraryState;
  notice: Notice;
  files: () => Promise<PhraseFiles>;
}

type SheetFormat = 'csv' | 'qianniu' | 'xlsx';

const BOM = '\uFEFF';
const CSV_TYPE = 'text/csv;charset=utf-8';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Export to the files sellers keep (CSV, Qianniu CSV, Excel) and our phrase pack (JSON). */
export function ExportPanel({ lang, client, library, notice, files }: Props) {
  const [includePersonal, setIncludePersonal] = useState(false);
  async function exportSheet(format: SheetFormat) {
    const snapshot = library.snapshot.value;
    if (!snapshot) return;
    try {
      const writer = await files();
      const { groups } = snapshot;
      // The shop library unless asked otherwise (a file has no column saying which library a
      // phrase came from, so personal phrases would come back as shop phrases).
      const chosen = snapshot.phrases.filter((p) => includePersonal || p.scope === 'shop');
      // Files know no `null` stage: a phrase without one just has no stage cell.
      const phrases = chosen.map(({ stage, ...p }) => (stage ? { ...p, stage } : p));
      const stem = `${lang === 'zh' ? '话术' : 'phrases'}-${fileStamp(Date.now())}`;
      let fileName: string;
      if (format === 'xlsx') {
        fileName = `${stem}.xlsx`;
        download(fileName, await writer.phrasesToXlsx(phrases, groups), XLSX_TYPE);
      } else {
        const csv = format === 'csv' ? writer.phrasesToCsv(phrases, groups) : writer.phrasesToQianniuCsv(phrases, groups);
        fileName = format === 'csv' ? `${stem}.csv` : `${stem}-${lang === 'zh' ? '千牛' : 'qianniu'}.csv`;
        // A BOM makes Excel read the file as UTF-8 instead of the system code page.
        download(fileName, csv.startsWith(BOM) ? csv : BOM + csv, CSV_TYPE);
      }
      notice.say(m(lang, 'exported', { count: phrases.length, file: fileName }));
    } catch (error) {
      notice.alert(m(lang, 'exportFailed', { reason: error instanceof Error ? error.message : m(lang, 'filesUnavailable') }));
    }
  }

  async function exportPack() {
    const reply = await client.request({ kind: 'exportLibrary', includePersonal });
    if (!reply.ok) return notice.alert(describeError(reply.error));
    download(reply.value.fileName, reply.value.json, 'application/json');
    notice.say(m(lang, 'exportedFile', { file: reply.value.fileName }));
  }

  return (
    <section class="card" aria-labelledby="export-heading">
      <h2 id="export-heading">{m(lang, 'exportHeading')}</h2>
      <p class="intro">{m(lang, 'exportIntro')}</p>
      <div class="actions">
        <button type="button" onClick={() => exportSheet('csv')}>
          {m(lang, 'exportCsv')}
        </button>
        <button type="button" onClick={() => exportSheet('qianniu')}>
          {m(lang, 'exportQianniu')}
        </button>
        <button type="button" onClick={() => exportSheet('xlsx')}>
          {m(lang, 'exportXlsx')}
        </button>
        <button type="button" class="primary" onClick={exportPack}>
          {m(lang, 'exportPack')}
        </button>
        <label class="check">
          <input type="checkbox" checked={includePersonal} onChange={(e) => setIncludePersonal(e.currentTarget.checked)} />
          <span>{m(lang, 'includePersonal')}</span>
        </label>
      </div>
    </section>
  );
}
