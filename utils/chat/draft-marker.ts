/**
 * A small badge at the input box's corner with the number of risky phrases in the draft.
 * It lives in its own shadow root on <html>, outside the console's framework-managed tree,
 * and is text only. Hidden when the draft is clean.
 */
export class DraftMarker {
  private host: HTMLElement | null = null;
  private badge: HTMLElement | null = null;

  constructor(private readonly doc: Document) {}

  show(count: number, severity: 'high' | 'medium' | 'low' | null, input: Element): void {
    if (count === 0) return this.hide();
    this.ensure();
    const rect = input.getBoundingClientRect();
    this.host!.style.left = `${Math.max(0, rect.right - 8)}px`;
    this.host!.style.top = `${Math.max(0, rect.top - 10)}px`;
    this.host!.style.display = 'block';
    this.badge!.textContent = `⚠ ${count}`;
    this.badge!.title = `快答：草稿里有 ${count} 处可能违规的用语，详情见侧边栏`;
    this.badge!.dataset.severity = severity ?? 'low';
  }

  hide(): void {
    if (this.host) this.host.style.display = 'none';
  }

  remove(): void {
    this.host?.remove();
    this.host = null;
  }

  private ensure(): void {
    if (this.host) return;
    this.host = this.doc.createElement('kuaida-draft-marker');
    this.host.style.cssText = 'position:fixed;z-index:2147483646;display:none;pointer-events:none;transform:translateX(-100%)';
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = `span{font:12px/18px sans-serif;padding:0 6px;border-radius:9px;color:#fff;background:#d48806;box-shadow:0 1px 3px rgba(0,0,0,.3)}
      span[data-severity=high]{background:#cf1322}`;
    this.badge = this.doc.createElement('span');
    root.append(style, this.badge);
    this.doc.documentElement.append(this.host);
  }
}
