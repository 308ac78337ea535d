import {
  agoText,
  countText,
  dateText,
  dateTimeText,
  fullYearsSince,
  partyYearsText,
  percentText,
  shortDateText,
  timeRangeText,
  whenText,
} from '../../src/lib/format';

/** The one way screens write dates and figures. Times are local: built with the Date constructor. */
const now = new Date(2026, 11, 1, 10, 0).getTime();
const at = (month: number, day: number, hour = 0, minute = 0, year = 2026) =>
  new Date(year, month - 1, day, hour, minute).getTime();

test('dates read 年月日; this year leaves the year out of short dates', () => {
  expect(dateText(at(10, 9))).toBe('2026年10月9日');
  expect(shortDateText(at(12, 8), now)).toBe('12月8日');
  expect(shortDateText(at(1, 5, 0, 0, 2027), now)).toBe('2027年1月5日');
});

test('a date-time field shows the weekday and HH:mm', () => {
  expect(dateTimeText(at(12, 8, 14, 30), now)).toBe('12月8日 周二 14:30');
});

test('the days around today are named; further days get their date', () => {
  expect(whenText(at(12, 1, 9, 5), now)).toBe('今天 09:05');
  expect(whenText(at(11, 30, 18, 0), now)).toBe('昨天 18:00');
  expect(whenText(at(12, 2, 14, 30), now)).toBe('明天 14:30');
  expect(whenText(at(12, 9, 14, 30), now)).toBe('12月9日 14:30');
  expect(timeRangeText(at(12, 2, 14, 30), at(12, 2, 16, 30), now)).toBe('明天 14:30 – 16:30');
  expect(timeRangeText(at(12, 2, 22, 0), at(12, 3, 1, 0), now)).toBe('明天 22:00 – 后天 01:00');
});

test('how long ago, for feeds', () => {
  expect(agoText(now - 20_000, now)).toBe('刚刚');
  expect(agoText(now - 5 * 60_000, now)).toBe('5 分钟前');
  expect(agoText(now - 3 * 3_600_000, now)).toBe('3 小时前');
  expect(agoText(at(11, 28, 9, 0), now)).toBe('11月28日 09:00');
});

test('党龄 counts whole years on the anniversary', () => {
  expect(fullYearsSince(at(12, 1, 0, 0, 2014), now)).toBe(12);
  expect(fullYearsSince(at(12, 2, 0, 0, 2014), now)).toBe(11);
  expect(partyYearsText(at(10, 9), now)).toBe('党龄不满 1 年');
  expect(partyYearsText(at(7, 1, 0, 0, 2001), now)).toBe('党龄 25 年');
});

test('a share with nothing to count reads as a dash', () => {
  expect(percentText(0.666)).toBe('67%');
  expect(percentText(null)).toBe('—');
});

test('counts are grouped in thousands as the Chinese locale writes them', () => {
  for (const value of [0, 7, 999, 1000, 1280, 65432, 1234567, -1234, 12.5]) {
    expect(countText(value)).toBe(value.toLocaleString('zh-CN'));
  }
  expect(countText(1234567)).toBe('1,234,567');
});
