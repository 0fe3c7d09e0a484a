import { useEffect, useState } from 'preact/hooks';
import type { Shop } from '@/utils/library/types';
import { sendMessage } from '@/utils/messaging/protocol';

interface Props {
  value: string | null;
  detected: string | null;
  onChange: (shop: string | null) => void;
}

/** Which shop this chat is for, when team packs define shops: suggestions keep to it plus shared entries. */
export function ShopChooser({ value, detected, onChange }: Props) {
  const [shops, setShops] = useState<Shop[]>([]);
  useEffect(() => void sendMessage('listShops', undefined).then(setShops), []);
  if (shops.length === 0) return null;
  return (
    <label class="shop-chooser">
      店铺
      <select
        aria-label="店铺 Shop"
        value={value ?? ''}
        onChange={(e) => onChange((e.target as HTMLSelectElement).value || null)}
      >
        <option value="">{detected ? `自动（${detected}）` : '全部店铺'}</option>
        {shops.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}
