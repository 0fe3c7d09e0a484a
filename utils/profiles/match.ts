import type { PlatformProfile } from './types';

/**
 * Does `url` match a WebExtension match pattern (`scheme://host/path`)? Like Chrome, the
 * port is ignored, `*` as scheme means http or https, `*.example.com` covers subdomains,
 * and `*` in the path matches any run of characters.
 */
export function matchesPattern(url: string, pattern: string): boolean {
  const m = /^(\*|https?|file):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const urlScheme = u.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https'].includes(urlScheme) : scheme !== urlScheme) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith('.' + base)) return false;
    } else if (u.hostname !== host) return false;
  }
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`).test(u.pathname + u.search + u.hash);
}

/** The first profile whose real or test URL patterns match the page. */
export function findProfile(profiles: PlatformProfile[], url: string): PlatformProfile | null {
  return (
    profiles.find((p) => [...p.urls, ...(p.testUrls ?? [])].some((pattern) => matchesPattern(url, pattern))) ?? null
  );
}
