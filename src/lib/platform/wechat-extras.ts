import Taro from '@tarojs/taro';
import { explainPrivacyRefusal, isPrivacyRefusal } from './privacy';

/**
 * WeChat-only abilities the activity screens use, each degrading clearly in the browser: the updatable
 * share card, the group a card was opened from, the QR scanner, subscribe-message consent, location,
 * and the clipboard (which works in both).
 */
const isWeapp = process.env.TARO_ENV === 'weapp';

export async function enableUpdatableShare(
  updatableActivityId: string | null,
  memberCount: number,
  limit: number | null,
) {
  if (!isWeapp) return;
  const options = updatableActivityId
    ? {
        withShareTicket: true,
        isUpdatableMessage: true,
        activityId: updatableActivityId,
        templateInfo: {
          parameterList: [
            { name: 'member_count', value: String(memberCount) },
            { name: 'room_limit', value: String(limit ?? 0) },
          ],
        },
      }
    : { withShareTicket: true };
  try {
    // Not every base library returns a promise here; await whatever comes back.
    await Taro.updateShareMenu(options as Parameters<typeof Taro.updateShareMenu>[0]);
  } catch {
    // An old WeChat without updatable messages still shares a plain card.
  }
}

/** The cloudID of the group chat this page was opened from, if any. */
export async function groupCloudId(shareTicket: string | undefined): Promise<string | null> {
  if (!isWeapp || !shareTicket) return null;
  try {
    const info = (await Taro.getGroupEnterInfo({})) as unknown as { cloudID?: string };
    return info.cloudID ?? null;
  } catch {
    return null;
  }
}

export async function scanCode(): Promise<string | null> {
  if (!isWeapp) return null;
  try {
    return (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result;
  } catch {
    return null;
  }
}

/** Asks for one subscribe message (needs the user's tap); true where consent was given or not needed. */
export async function askReminderConsent(kind: 'activity' | 'study' = 'activity'): Promise<boolean> {
  const templateId =
    kind === 'activity' ? process.env.TARO_APP_TMPL_ACTIVITY_REMINDER : process.env.TARO_APP_TMPL_STUDY_PLAN;
  if (!isWeapp || !templateId) return true;
  try {
    const result = (await Taro.requestSubscribeMessage({ tmplIds: [templateId] } as never)) as unknown as Record<
      string,
      string
    >;
    return result[templateId] === 'accept';
  } catch {
    return false;
  }
}

/** Where the phone is; `refused` when the user declined the privacy guide (they have been told). */
export type CurrentLocation =
  { kind: 'located'; latitude: number; longitude: number } | { kind: 'unavailable' } | { kind: 'refused' };

export async function currentLocation(): Promise<CurrentLocation> {
  try {
    const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' });
    return { kind: 'located', latitude, longitude };
  } catch (error) {
    if (!isPrivacyRefusal(error)) return { kind: 'unavailable' };
    explainPrivacyRefusal('没有读取您的位置，本次签到没有提交。');
    return { kind: 'refused' };
  }
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text });
    return true;
  } catch (error) {
    if (isPrivacyRefusal(error)) explainPrivacyRefusal('没有复制到剪贴板。');
    return false;
  }
}

/** A place picked on WeChat's map; null in the browser, where there is no map picker. */
export async function chooseLocation(): Promise<{ latitude: number; longitude: number; name: string } | null> {
  if (!isWeapp) return null;
  try {
    const { latitude, longitude, name } = await Taro.chooseLocation({});
    return { latitude, longitude, name };
  } catch (error) {
    if (isPrivacyRefusal(error)) explainPrivacyRefusal('没有打开地图选点，活动地点未改变。');
    return null;
  }
}
