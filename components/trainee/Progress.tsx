import { useEffect, useState } from 'preact/hooks';
import {
  currentDayStreak,
  loadTraineeName,
  localDay,
  percent,
  progressCsv,
  resetProgress,
  saveTraineeName,
  topicRows,
  totals,
  weakTopics,
} from '@/utils/trainee/progress';
import { download } from '@/components/common/download';
import { useProgress } from './use-progress';

/** Accuracy per topic, weak topics, streaks, and the CSV summary for the team lead. */
export function Progress() {
  const state = useProgress();
  const [name, setName] = useState('');
  useEffect(() => void loadTraineeName().then(setName), []);
  const rows = topicRows(state);
  const all = totals(state);
  const weak = weakTopics(state);
  const now = Date.now();

  const exportCsv = () => {
    const date = localDay(now);
    const who = name.trim().replace(/[\\/:*?"<>|\s]+/g, '_') || 'trainee';
    download(`kuaida-trainee-${who}-${date}.csv`, progressCsv(state, name, date), 'text/csv;charset=utf-8');
  };

  return (
    <section class="tr-progress" aria-label="进度 Progress">
      <div class="tr-toolbar">
        <label>学员姓名 <span class="en">Trainee name</span>{' '}
          <input type="text" value={name} maxLength={60} placeholder="例如：小王"
            onInput={(e) => { const v = (e.target as HTMLInputElement).value; setName(v); void saveTraineeName(v); }} />
        </label>
        <button type="button" class="primary tr-export" disabled={all.attempts === 0} onClick={exportCsv}>
          导出给组长 <span class="en">Export summary</span>
        </button>
      </div>
      <dl class="tr-stats" data-attempts={all.attempts}>
        <div><dt>总练习 <span class="en">Attempts</span></dt><dd class="tr-total">{all.attempts}</dd></div>
        <div><dt>正确率 <span class="en">Accuracy</span></dt><dd>{all.attempts ? percent(all.accuracy) : '—'}</dd></div>
        <div><dt>连续答对 <span class="en">Streak</span></dt><dd class="tr-streak">{state.streak}<small> 最佳 {state.bestStreak}</small></dd></div>
        <div><dt>连续练习天数 <span class="en">Days in a row</span></dt><dd>{currentDayStreak(state, now)}</dd></div>
      </dl>
      <p class="tr-weak">
        薄弱主题 <span class="en">Weak topics</span>：{weak.length ? weak.join('、') : '暂无（每个主题至少练 3 次后统计）'}
      </p>
      {rows.length === 0 ? (
        <p class="tr-hint">还没有练习记录。去「闪卡」或「练习」开始吧。<span class="en">No attempts yet.</span></p>
      ) : (
        <table class="tr-topics">
          <caption class="sr-only">各主题正确率 Accuracy per topic</caption>
          <thead>
            <tr><th scope="col">主题 <span class="en">Topic</span></th><th scope="col">次数 <span class="en">Attempts</span></th><th scope="col">正确率 <span class="en">Accuracy</span></th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.topic} data-topic={r.topic} class={weak.includes(r.topic) ? 'weak' : undefined}>
                <th scope="row">{r.topic}{weak.includes(r.topic) && <span class="tr-weak-badge">薄弱</span>}</th>
                <td>{r.attempts}</td>
                <td><span class="tr-bar" style={{ width: `${Math.round(r.accuracy * 100)}%` }} aria-hidden="true" /> {percent(r.accuracy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" class="tr-reset" disabled={all.attempts === 0}
        onClick={() => window.confirm('清空全部练习进度？闪卡的复习记录不受影响。') && void resetProgress()}>
        清空进度 <span class="en">Reset progress</span>
      </button>
    </section>
  );
}
