import { useState } from 'preact/hooks';
import type { ImportChecker, ImportMode, ImportPreview as Preview } from '@/utils/library/import-check';
import { fileKind, loadImportFile, nextTask } from '@/utils/library/import-file';
import type { Reply } from '@/utils/library/types';
import { sendMessage } from '@/utils/messaging/protocol';
import { ConfirmDialog } from './ConfirmDialog';
import { errorText } from '@/components/common/download';
import { ImportPreview } from './ImportPreview';
import { RiskyReplies } from './RiskyReplies';

type State =
  | { phase: 'idle' }
  | { phase: 'reading'; fraction: number; stage: string }
  | { phase: 'preview' | 'writing'; checker: ImportChecker; preview: Preview }
  | { phase: 'done' | 'failed'; message: string };

/**
 * Import replies from .csv, .xlsx or Kuaida .json: parsed and checked in the page in chunks
 * (progress bar), a preview with every problem, then one importReplies call (one transaction).
 */
export function ReplyImport({ onImported }: { onImported(): void }) {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const [file, setFile] = useState<string>('');
  const [confirming, setConfirming] = useState(false);
  const [timing, setTiming] = useState<{ parseMs?: number; writeMs?: number }>({});

  const choose = async (input: HTMLInputElement) => {
    const f = input.files?.[0];
    input.value = ''; // choosing the corrected file again must trigger a change
    if (!f) return;
    setFile(f.name);
    const t0 = performance.now();
    setState({ phase: 'reading', fraction: 0, stage: '读取文件' });
    try {
      const [bytes, list] = await Promise.all([f.arrayBuffer(), sendMessage('listEntries', { kind: 'reply' })]);
      const checker = await loadImportFile(f.name, new Uint8Array(bytes), list.entries as Reply[], {
        hidden: new Set(list.hidden), pause: nextTask,
        onProgress: (fraction, stage) => setState({ phase: 'reading', fraction, stage }),
      });
      setState({ phase: 'preview', checker, preview: checker.finish(mode) });
      setTiming({ parseMs: Math.round(performance.now() - t0) });
    } catch (e) {
      setState({ phase: 'failed', message: `读取失败：${errorText(e)}` });
    }
  };
  const switchMode = (m: ImportMode) => {
    setMode(m);
    if (state.phase === 'preview') setState({ ...state, preview: state.checker.finish(m) });
  };
  const write = async () => {
    if (state.phase !== 'preview') return;
    setConfirming(false);
    setState({ ...state, phase: 'writing' });
    const t0 = performance.now();
    try {
      const res = await sendMessage('importReplies', { replies: state.preview.replies, mode });
      setTiming((t) => ({ ...t, writeMs: Math.round(performance.now() - t0) }));
      setState({ phase: 'done', message: `已导入：写入 ${res.written} 条${mode === 'replace' ? `，删除 ${res.removed} 条个人话术` : ''}` });
      onImported();
    } catch (e) {
      setState({ phase: 'failed', message: `导入失败，没有写入任何内容：${errorText(e)}` });
    }
  };

  const preview = state.phase === 'preview' || state.phase === 'writing' ? state.preview : null;
  const blocked = !preview || preview.errorCount > 0 || state.phase !== 'preview' || (preview.replies.length === 0 && preview.counts.removed === 0);
  return (
    <div class="ie-block reply-import" data-phase={state.phase} data-parse-ms={timing.parseMs} data-write-ms={timing.writeMs}>
      <h3>导入话术 <span class="en">Import replies</span></h3>
      <p class="hint">支持 .csv、.xlsx（第一个工作表）和快答 .json。列：id, group, title, text, keywords（用 | 分隔）, shortcut, questions（可选，用 | 分隔）。导入前会先预览，有错误时不能导入。</p>
      <div class="toolbar">
        <label class="file-button">
          选择文件… <span class="en">Choose file</span>
          <input id="import-file" type="file" accept=".csv,.xlsx,.json" disabled={state.phase === 'reading' || state.phase === 'writing'}
            onChange={(e) => void choose(e.target as HTMLInputElement)} />
        </label>
        {file && <span class="file-name">{file}{fileKind(file) ? '' : '（不支持的文件类型）'}</span>}
        <fieldset class="modes">
          <legend>方式 <span class="en">Mode</span></legend>
          <label><input type="radio" name="import-mode" value="merge" checked={mode === 'merge'} onChange={() => switchMode('merge')} /> 合并 <span class="en">merge</span></label>
          <label><input type="radio" name="import-mode" value="replace" checked={mode === 'replace'} onChange={() => switchMode('replace')} /> 替换个人话术 <span class="en">replace personal</span></label>
        </fieldset>
      </div>
      {state.phase === 'reading' && (
        <label class="progress">{state.stage} <progress max={1} value={state.fraction} /></label>
      )}
      {state.phase === 'writing' && <label class="progress">写入中… <span class="en">Writing</span> <progress /></label>}
      {preview && <ImportPreview preview={preview} mode={mode} unit={fileKind(file) === 'json' ? '条' : '行'} />}
      {preview && preview.replies.length > 0 && <RiskyReplies replies={preview.replies} scope="将导入的话术中" />}
      {preview && (
        <button type="button" id="import-run" class="primary" disabled={blocked}
          onClick={() => (mode === 'replace' && preview.counts.removed > 0 ? setConfirming(true) : void write())}>
          导入 {preview.replies.length} 条 <span class="en">Import</span>
        </button>
      )}
      {(state.phase === 'done' || state.phase === 'failed') && <p class={state.phase === 'done' ? 'ok' : 'error'} role="status">{state.message}</p>}
      {timing.parseMs !== undefined && <p class="timing en">读取与检查 {timing.parseMs} ms{timing.writeMs !== undefined ? ` · 写入 ${timing.writeMs} ms` : ''}</p>}
      <ConfirmDialog open={confirming} title="替换个人话术？Replace personal replies?" confirmLabel="删除并导入 Replace"
        onConfirm={() => void write()} onCancel={() => setConfirming(false)}>
        <p>文件中没有的 {preview?.counts.removed ?? 0} 条个人话术将被删除，无法撤销。内置和团队话术不受影响。</p>
      </ConfirmDialog>
    </div>
  );
}
