import { useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging/protocol';
import { ConfirmDialog } from './ConfirmDialog';
import { download, errorText, today } from '@/components/common/download';

const NAMES: Record<string, string> = { replies: '话术', rules: '规则', sizeCharts: '尺码表', shops: '店铺', settings: '设置', learnedExamples: '学习记录' };

/** Full backup (everything, as a JSON file) and restore from one, after a confirm. */
export function BackupRestore({ onRestored }: { onRestored(): void }) {
  const [pending, setPending] = useState<{ name: string; data: unknown } | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const backup = async () => {
    try {
      const data = await sendMessage('exportBackup', undefined);
      download(`kuaida-backup-${today()}.json`, JSON.stringify(data), 'application/json');
      setStatus({ ok: true, text: `已导出备份：话术 ${data.replies.length} 条` });
    } catch (e) {
      setStatus({ ok: false, text: `备份失败：${errorText(e)}` });
    }
  };
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      setPending({ name: file.name, data: JSON.parse(await file.text()) });
    } catch (e) {
      setStatus({ ok: false, text: `不是有效的备份文件：${errorText(e)}` });
    }
  };
  const restore = async () => {
    const data = pending?.data;
    setPending(null);
    try {
      const counts = await sendMessage('restoreBackup', { backup: data });
      setStatus({ ok: true, text: `已恢复：${Object.entries(counts).map(([k, n]) => `${NAMES[k] ?? k} ${n}`).join(' · ')}` });
      onRestored();
    } catch (e) {
      setStatus({ ok: false, text: `恢复失败，现有数据没有改动：${errorText(e)}` });
    }
  };

  return (
    <div class="ie-block">
      <h3>
        完整备份 <span class="en">Full backup</span>
      </h3>
      <p class="hint">备份包含话术、规则、尺码表、店铺、设置和学习到的问法。恢复会替换以上全部内容。</p>
      <div class="toolbar">
        <button type="button" onClick={() => void backup()}>导出备份 <span class="en">Back up</span></button>
        <label class="file-button">
          从备份恢复… <span class="en">Restore</span>
          <input type="file" accept=".json,application/json" onChange={(e) => void choose(e.target as HTMLInputElement)} />
        </label>
      </div>
      {status && <p class={status.ok ? 'ok' : 'error'} role="status">{status.text}</p>}
      <ConfirmDialog open={pending !== null} title="从备份恢复？Restore from backup?" confirmLabel="替换并恢复 Replace & restore"
        onConfirm={() => void restore()} onCancel={() => setPending(null)}>
        <p>将用「{pending?.name}」替换现有的全部话术、规则、尺码表、店铺、设置和学习记录，无法撤销。建议先导出一份当前备份。</p>
      </ConfirmDialog>
    </div>
  );
}
