/** A team pack the agent subscribed to. Stored in settings; the pack's content lives in the library tables. */
export interface Subscription {
  id: string;
  url: string;
  /** The lead's Ed25519 public key (base64). When set, unsigned or wrongly signed packs are refused. */
  publicKey: string | null;
  etag: string | null;
  /** Pack id and version of the last good pack applied. */
  packId: string | null;
  packVersion: string | null;
  packTitle: string | null;
  lastSuccessAt: number | null;
  lastAttemptAt: number | null;
  /** Why the last attempt did not apply a pack; null when it did (or the pack was unchanged). */
  lastError: string | null;
  counts: { replies: number; sizeCharts: number; rules: number };
}
