import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Popup } from '@nutui/nutui-react-taro';
import { Add } from '@nutui/icons-react-taro';
import type { Scheme } from '@contract/schemas/assessment';
import type { z } from 'zod';
import { CallView } from '@/components/call-view';
import { useCall } from '@/lib/use-call';
import { ItemForm } from './item-form';
import { ItemList } from './item-list';

/** 加扣分: 录入 for the unit's members, and the items to approve or reject one level up. */
export function ItemsTab({ unitId, scheme }: { unitId: string; scheme: z.output<typeof Scheme> }) {
  const [adding, setAdding] = useState(false);
  const items = useCall('admin.assessmentItems', { unitId }, unitId);
  return (
    <View>
      <View className="assess-toolbar">
        <Button type="primary" icon={<Add size={16} />} onClick={() => setAdding(true)}>
          录入加扣分
        </Button>
      </View>
      <CallView state={items.state} onRetry={items.reload}>
        {(data) => <ItemList items={data.items} onChanged={items.reload} />}
      </CallView>
      <Popup visible={adding} position="bottom" round closeable title="录入加扣分" onClose={() => setAdding(false)}>
        <View className="assess-sheet">
          {adding ? (
            <ItemForm
              unitId={unitId}
              scheme={scheme}
              onDone={() => {
                setAdding(false);
                items.reload();
              }}
            />
          ) : null}
        </View>
      </Popup>
    </View>
  );
}
