import type { ActivityDetail } from '../../types/schemas/activities';
import { memberActions } from '../../src/features/activities/member-actions';

/** The bottom bar of an activity: the one action that fits the member, and nothing more after check-in. */
const NOW = new Date(2026, 11, 8, 14, 0).getTime();
const HOUR = 3_600_000;

function activity(overrides: Partial<ActivityDetail> = {}): ActivityDetail {
  return {
    activityId: 'act-1',
    type: 'theme_day',
    title: '主题党日',
    startAt: NOW + HOUR,
    endAt: NOW + 3 * HOUR,
    placeText: '党群服务中心',
    organiserName: '西苑社区党支部',
    capacity: 2,
    confirmedCount: 0,
    waitlistCount: 0,
    myStatus: null,
    description: '',
    place: { text: '党群服务中心' },
    organiserUnitId: 'u-1',
    signupOpensAt: NOW - 24 * HOUR,
    signupClosesAt: NOW + HOUR,
    cancelPolicy: 'any_time',
    approvalRequired: false,
    showRoster: true,
    extraFields: [],
    expectedCount: 0,
    mine: null,
    expected: false,
    actions: { cancel: false, requestLeave: false, remind: false, checkIn: false },
    minutesAvailable: false,
    canManage: false,
    ...overrides,
  };
}

const mine = (status: 'confirmed' | 'waitlisted', checkedInAt: number | null = null) => ({
  status,
  waitlistPosition: status === 'waitlisted' ? 1 : null,
  checkedIn: checkedInAt !== null,
  checkedInAt,
});

test('signing up is offered while sign-up is open, and says when it closes', () => {
  const { primary } = memberActions(activity(), NOW);
  expect(primary).toMatchObject({ kind: 'signUp', label: '立即报名' });
  expect(primary.note).toContain('报名截止');
  const full = memberActions(activity({ confirmedCount: 2 }), NOW).primary;
  expect(full.label).toBe('名额已满，加入候补');
});

test('a signed-up member sees where they stand, and the secondary actions the server allows', () => {
  const actions = { cancel: true, requestLeave: true, remind: true, checkIn: false };
  const confirmed = memberActions(activity({ mine: mine('confirmed'), actions }), NOW);
  expect(confirmed.primary).toMatchObject({ kind: 'none', label: '已报名' });
  expect(confirmed.secondary).toEqual(['cancel', 'requestLeave', 'remind']);
  const waiting = memberActions(activity({ mine: mine('waitlisted'), actions }), NOW);
  expect(waiting.primary.label).toBe('候补中');
});

test('签到 is the primary action once check-in opens', () => {
  const actions = { cancel: false, requestLeave: false, remind: false, checkIn: true };
  expect(memberActions(activity({ mine: mine('confirmed'), actions }), NOW).primary).toMatchObject({
    kind: 'checkIn',
    label: '签到',
  });
});

test('after check-in only the disabled 已签到 remains, even if the answer still allowed more', () => {
  const actions = { cancel: true, requestLeave: true, remind: true, checkIn: true };
  const result = memberActions(activity({ mine: mine('confirmed', NOW - 60_000), actions }), NOW);
  expect(result.primary).toMatchObject({ kind: 'none', label: '已签到' });
  expect(result.secondary).toEqual([]);
});

test('before sign-up opens and after it closes, the bar says so and offers nothing', () => {
  expect(memberActions(activity({ signupOpensAt: NOW + HOUR / 2 }), NOW).primary).toMatchObject({
    kind: 'none',
    label: '报名未开始',
  });
  expect(memberActions(activity({ signupClosesAt: NOW - 1 }), NOW).primary.label).toBe('报名已截止');
});
