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
