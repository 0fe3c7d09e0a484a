/** Where a JSON text went wrong, as an editor shows it (1-based), when the engine says. */
export interface JsonSyntaxError {
  line?: number;
  column?: number;
  message: string;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/**
 * JSON.parse with a message a team lead can act on: the line and column of the mistake.
 * Windows editors save UTF-8 with a BOM, which JSON.parse rejects, so it is dropped first.
 */
export function parseJsonText(text: string): JsonParseResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (src.trim() === '') return { ok: false, error: { message: '文件为空 (empty file)' } };
  try {
    return { ok: true, value: JSON.parse(src) };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(raw);
    // V8 blames the last token when the text simply stops: say that the end is missing.
    const atEnd = pos !== null && Number(pos[1]) >= src.trimEnd().length;
    return { ok: false, error: { ...locate(src, raw), message: `JSON 格式错误：${hint(atEnd ? 'Unexpected end' : raw)}（${raw}）` } };
  }
}

/** V8 says either "at position N" (Node 20, Chrome) or "(line L column C)" (newer V8). */
function locate(src: string, message: string): { line?: number; column?: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (!pos) return {};
  const before = src.slice(0, Number(pos[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** The mistakes people make in hand-edited JSON, named in Chinese. */
function hint(message: string): string {
  if (/Unexpected end/.test(message)) return '内容不完整，可能少了 ] 或 }';
  if (/double-quoted property name/.test(message)) return '字段名要用英文双引号，或最后一项后面多了逗号';
  if (/after (property value|array element)/.test(message)) return '两项之间少了英文逗号，或多了括号';
  if (/Bad control character/.test(message)) return '文字里有换行或制表符，请写成 \\n';
  if (/Unexpected token/.test(message)) return '有不合法的字符（中文引号“”或逗号，要用英文的 " 和 ,）';
  return '无法解析';
}

/** "第 3 行第 5 列" when known. */
export function formatLocation(e: { line?: number; column?: number }): string {
  if (e.line === undefined) return '';
  return e.column === undefined ? `第 ${e.line} 行` : `第 ${e.line} 行第 ${e.column} 列`;
}
