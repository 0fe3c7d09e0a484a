import { PLATFORM_NAMES, SCOPE_PLATFORMS } from '@/utils/library/reply-fields';
import type { PlatformId } from '@/utils/library/types';
import { Field } from './Field';

/** Shop scope (comma-separated ids) and, for replies, platform checkboxes. Empty = everywhere. */
export function ScopeFields(props: {
  idPrefix: string;
  shops: string;
  onShops(v: string): void;
  platforms?: PlatformId[];
  onPlatforms?(v: PlatformId[]): void;
}) {
  const { idPrefix, platforms, onPlatforms } = props;
  return (
    <>
      <Field id={`${idPrefix}-shops`} label="限定店铺" en="Shops" hint="店铺 id，用逗号分隔；留空 = 所有店铺 · comma separated, empty = all shops">
        <input
          id={`${idPrefix}-shops`}
          type="text"
          value={props.shops}
          aria-describedby={`${idPrefix}-shops-hint`}
          onInput={(e) => props.onShops((e.target as HTMLInputElement).value)}
        />
      </Field>
      {platforms && onPlatforms && (
        <fieldset class="field platforms">
          <legend>
            限定平台 <span class="en">Platforms · 不选 = 所有平台 none = all</span>
          </legend>
          {SCOPE_PLATFORMS.map((p) => (
            <label key={p} class="check">
              <input
                type="checkbox"
                value={p}
                checked={platforms.includes(p)}
                onChange={(e) => {
                  const on = (e.target as HTMLInputElement).checked;
                  onPlatforms(on ? SCOPE_PLATFORMS.filter((x) => x === p || platforms.includes(x)) : platforms.filter((x) => x !== p));
                }}
              />
              {PLATFORM_NAMES[p]} <span class="en">{p}</span>
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
