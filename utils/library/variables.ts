export interface VariableValues {
  buyerNick?: string | null;
  shopName?: string | null;
}

/** What a variable becomes when the console did not tell us its value. */
const FALLBACK: Record<string, string> = { 买家: '', 店铺: '本店' };

/** Fills {买家}, {店铺} … in a reply. Unknown variables are left for the agent to see. */
export function fillVariables(text: string, values: VariableValues): string {
  const known: Record<string, string | null | undefined> = { 买家: values.buyerNick, 店铺: values.shopName };
  return text.replace(/\{([^{}]{1,8})\}/g, (whole, name: string) => {
    if (!(name in known)) return whole;
    return known[name] || FALLBACK[name] || '';
  });
}

/** The variables consoles can fill, with what they become (the rest stay for the agent to fill). */
export const FILLED_VARIABLES: Readonly<Record<string, string>> = {
  买家: '买家昵称 buyer nick',
  店铺: '店铺名（控制台显示店铺时）shop, when the console shows it',
};

export interface TextPart {
  text: string;
  /** The variable's name when this part is `{name}`. */
  variable?: string;
  /** True when the console fills it in (see FILLED_VARIABLES). */
  filled?: boolean;
}

/** Splits a reply into plain text and `{variable}` parts, for a highlighted preview. */
export function splitVariables(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(/\{([^{}]{1,8})\}/g)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    parts.push({ text: m[0], variable: m[1]!, filled: m[1]! in FILLED_VARIABLES });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
