import dayjs from 'dayjs';

/**
 * How every screen writes dates, times and numbers, so a date reads the same everywhere: 年月日 for
 * dates, HH:mm for times, 今天 / 昨天 / 明天 for the days around today. Times are epoch ms in the
 * device's time zone (China for the people this app serves).
 */
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** 2026年12月8日 */
export const dateText = (at: number) => dayjs(at).format('YYYY年M月D日');

/** 12月8日, with the year only when it is not this year. */
export function shortDateText(at: number, now = Date.now()): string {
  const day = dayjs(at);
  return day.year() === dayjs(now).year() ? day.format('M月D日') : day.format('YYYY年M月D日');
}

/** 14:30 */
export const clockTimeText = (at: number) => dayjs(at).format('HH:mm');

/** 12月8日 周二 14:30 (the year when it is not this year): the form of every date-time field. */
export function dateTimeText(at: number, now = Date.now()): string {
  const day = dayjs(at);
  return `${shortDateText(at, now)} ${WEEKDAYS[day.day()]} ${day.format('HH:mm')}`;
}

/** 今天 / 昨天 / 明天 / 后天, or null when the day is further away. */
export function nearDayText(at: number, now = Date.now()): string | null {
  const days = dayjs(at).startOf('day').diff(dayjs(now).startOf('day'), 'day');
  return { [-1]: '昨天', 0: '今天', 1: '明天', 2: '后天' }[days] ?? null;
}

/** A moment in a list: 今天 14:30, 昨天 09:05, 12月8日 14:30. */
export function whenText(at: number, now = Date.now()): string {
  const near = nearDayText(at, now);
  return `${near ?? shortDateText(at, now)} ${clockTimeText(at)}`;
}

/** How long ago, for feeds: 刚刚, 5 分钟前, 3 小时前, then whenText. */
export function agoText(at: number, now = Date.now()): string {
  const minutes = Math.floor((now - at) / 60_000);
  if (minutes < 1) return '刚刚';
  if (minutes < 60) return `${minutes} 分钟前`;
  if (minutes < 6 * 60) return `${Math.floor(minutes / 60)} 小时前`;
  return whenText(at, now);
}

/** A span: 12月8日 14:30 – 16:30, or with both dates when it crosses midnight. */
export function timeRangeText(startAt: number, endAt: number, now = Date.now()): string {
  const sameDay = dayjs(startAt).isSame(endAt, 'day');
  return `${whenText(startAt, now)} – ${sameDay ? clockTimeText(endAt) : whenText(endAt, now)}`;
}

/** Whole years since a date (党龄, age), counted on anniversaries. */
export function fullYearsSince(at: number, now = Date.now()): number {
  return Math.max(0, dayjs(now).diff(dayjs(at), 'year'));
}

/** 党龄 as people say it: 党龄 12 年, or 不满 1 年. */
export function partyYearsText(joinedAt: number, now = Date.now()): string {
  const years = fullYearsSince(joinedAt, now);
  return years === 0 ? '党龄不满 1 年' : `党龄 ${years} 年`;
}

/** 1 小时 20 分钟, 45 分钟. */
export const minutesText = (minutes: number) =>
  minutes >= 60 ? `${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分钟` : `${minutes} 分钟`;

/**
 * 1,280. Whole numbers are grouped by hand: the browser's first toLocaleString loads its locale data, a delay
 * the 首页's first paint would wait for on a slow phone.
 */
export const countText = (value: number) =>
  Number.isInteger(value) ? String(value).replace(/\B(?=(\d{3})+$)/g, ',') : value.toLocaleString('zh-CN');

/** 67%, from a share between 0 and 1; null (nothing to count) reads as —. */
export const percentText = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
