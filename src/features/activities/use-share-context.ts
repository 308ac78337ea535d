import { useEffect, useState } from 'react';
import type { ActivityDetail } from '@contract/schemas/activities';
import { call } from '@/lib/api-client';
import { enableUpdatableShare, groupCloudId } from '@/lib/platform/wechat-extras';

/**
 * WeChat's share card with the live count, and the group chat the activity was opened from (a share
 * ticket), which an organiser may bind to the branch.
 */
export function useShareContext(activityId: string, activity: ActivityDetail | null, shareTicket?: string) {
  const [group, setGroup] = useState<string | null>(null);
  const [groupId, setGroupId] = useState<string | null>(null);
  const loaded = activity !== null;
  useEffect(() => {
    if (!loaded) return;
    void (async () => {
      const share = await call('activity.shareInfo', { activityId });
      if (share.ok && activity) {
        await enableUpdatableShare(share.data.updatableActivityId, activity.confirmedCount, activity.capacity);
      }
      const cloudID = await groupCloudId(shareTicket);
      if (cloudID) {
        setGroupId(cloudID);
        const context = await call('activity.groupEnter', { activityId, cloudID });
        if (context.ok && context.data.unitName) setGroup(context.data.unitName);
      }
    })();
    // Once the activity has loaded: the card needs its count, not every later change of it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activityId, loaded]);

  const bindGroup = async (unitId: string) => {
    if (!groupId) return null;
    const result = await call('admin.bindGroup', { unitId, cloudID: groupId });
    if (result.ok) setGroup(result.data.unitName);
    return result;
  };
  return { group, canBind: groupId !== null && group === null, bindGroup };
}
