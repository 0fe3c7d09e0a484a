import { BackupRestore } from './BackupRestore';
import { ReplyExport } from './ReplyExport';
import { ReplyImport } from './ReplyImport';

/** Import and export of replies (CSV, XLSX, Kuaida JSON) and the full backup. */
export function ImportExport({ onChanged }: { onChanged(): void }) {
  return (
    <section class="card import-export" aria-labelledby="ie-title">
      <header class="card-head">
        <h2 id="ie-title">
          导入与导出 <span class="en">Import &amp; export</span>
        </h2>
      </header>
      <ReplyImport onImported={onChanged} />
      <ReplyExport />
      <BackupRestore onRestored={onChanged} />
    </section>
  );
}
