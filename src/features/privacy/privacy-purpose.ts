/** Why the app is about to use what WeChat is asking about, named by the waiting API. */
const PURPOSES: Array<[RegExp, string]> = [
  [/location/i, '为确认您在活动地点签到、或在地图上选择活动地点，需要使用您的位置信息。'],
  [/file|image|media|video/i, '为导入花名册、题库或上传资料，需要读取您在聊天中选择的文件。'],
  [/clipboard/i, '为复制绑定码、接龙名单或活动链接，需要使用剪贴板。'],
];

export function privacyPurpose(referrer: string): string {
  return (
    PURPOSES.find(([pattern]) => pattern.test(referrer))?.[1] ?? '这项功能需要使用您的个人信息，用途见隐私保护指引。'
  );
}
