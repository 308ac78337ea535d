import * as z from 'zod';
import { ACTIVITY_TYPES, CANCEL_POLICIES, SIGNUP_STATUSES } from '../labels';
import { EpochMs, Id, PageInput } from './common';

export const ExtraField = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,19}$/, '字段标识只能用小写字母和数字'),
  label: z.string().trim().min(1).max(20),
  kind: z.enum(['text', 'choice', 'number']),
  options: z.array(z.string().trim().min(1).max(20)).max(10).optional(),
  required: z.boolean(),
});
export type ExtraField = z.infer<typeof ExtraField>;

export const Place = z.strictObject({
  text: z.string().trim().min(1, '请填写活动地点').max(60),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  /** Check-in must happen within this many metres when coordinates are given. */
  radiusMeters: z.number().int().min(50).max(5000).optional(),
});

export const ActivityCreateInput = z
  .strictObject({
    /** The organiser unit; the activity's audience is its subtree unless `openToAll`. */
    unitId: Id,
    type: z.enum(ACTIVITY_TYPES),
    title: z.string().trim().min(2, '标题至少 2 个字').max(40, '标题不能超过 40 个字'),
    description: z.string().trim().max(2000).default(''),
    startAt: EpochMs,
    endAt: EpochMs,
    place: Place,
    openToAll: z.boolean().default(false),
    capacity: z.number().int().min(1).max(100_000).nullable(),
    signupOpensAt: EpochMs,
    signupClosesAt: EpochMs,
    cancelPolicy: z.enum(CANCEL_POLICIES),
    approvalRequired: z.boolean().default(false),
    showRoster: z.boolean().default(true),
    extraFields: z.array(ExtraField).max(5).default([]),
  })
  .refine((a) => a.endAt > a.startAt, { message: '结束时间要晚于开始时间', path: ['endAt'] })
  .refine((a) => a.signupClosesAt > a.signupOpensAt, { message: '报名截止要晚于报名开始', path: ['signupClosesAt'] })
  .refine((a) => a.signupClosesAt <= a.endAt, { message: '报名截止不能晚于活动结束', path: ['signupClosesAt'] });

export const MySignup = z.object({
  status: z.enum(SIGNUP_STATUSES),
  /** 1-based place in the waitlist, for waitlisted sign-ups. */
  waitlistPosition: z.number().int().nullable(),
  checkedIn: z.boolean(),
  checkedInAt: EpochMs.nullable(),
});

export const ActivitySummary = z.object({
  activityId: Id,
  type: z.enum(ACTIVITY_TYPES),
  title: z.string(),
  startAt: EpochMs,
  endAt: EpochMs,
  placeText: z.string(),
  organiserName: z.string(),
  capacity: z.number().int().nullable(),
  confirmedCount: z.number().int(),
  waitlistCount: z.number().int(),
  myStatus: z.enum(SIGNUP_STATUSES).nullable(),
});
export type ActivitySummary = z.infer<typeof ActivitySummary>;

export const ActivityDetail = ActivitySummary.extend({
  description: z.string(),
  /** Coordinates rounded to 3 decimals (about 100 m): enough for a map, not the venue's exact spot. */
  place: z.object({ text: z.string(), latitude: z.number().optional(), longitude: z.number().optional() }),
  organiserUnitId: Id,
  signupOpensAt: EpochMs,
  signupClosesAt: EpochMs,
  cancelPolicy: z.enum(CANCEL_POLICIES),
  approvalRequired: z.boolean(),
  showRoster: z.boolean(),
  extraFields: z.array(ExtraField),
  expectedCount: z.number().int(),
  mine: MySignup.nullable(),
  /** Whether the signed-in member is among the expected attendees (三会一课), so may ask for leave. */
  expected: z.boolean(),
  /** What the routes will accept from me now; all false once I have checked in. */
  actions: z.object({
    cancel: z.boolean(),
    requestLeave: z.boolean(),
    remind: z.boolean(),
    /** Check-in is open and I am expected or confirmed: the page offers the numeric code input. */
    checkIn: z.boolean(),
  }),
  /** The meeting has minutes and I may read them (`activity.minutes`). */
  minutesAvailable: z.boolean(),
  canManage: z.boolean(),
});
export type ActivityDetail = z.infer<typeof ActivityDetail>;

export const ActivityListInput = z.strictObject({
  view: z.enum(['upcoming', 'past', 'mine']),
  /** `YYYY-MM`: every activity starting in that month, past or upcoming (the calendar). */
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
  ...PageInput,
});
export const ActivityListOutput = z.object({ items: z.array(ActivitySummary), total: z.number().int() });

export const ActivityIdInput = z.strictObject({ activityId: Id });
export const SignUpInput = z.strictObject({
  activityId: Id,
  answers: z.record(z.string(), z.union([z.string().max(200), z.number()])).default({}),
});
export const LeaveInput = z.strictObject({
  activityId: Id,
  reason: z.string().trim().min(2, '请写明请假原因').max(100),
});

/** Either the scanned QR `token`, or the 6-digit `code` shown beside it typed with the `activityId`. */
export const CheckInInput = z
  .strictObject({
    token: z.string().min(10).max(300).optional(),
    activityId: Id.optional(),
    code: z
      .string()
      .regex(/^\d{6}$/, '签到码是 6 位数字')
      .optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
  })
  .refine(
    (input) =>
      input.token !== undefined
        ? input.activityId === undefined && input.code === undefined
        : input.activityId !== undefined && input.code !== undefined,
    { message: '请扫描签到二维码，或输入组织者屏幕上的 6 位数字签到码', path: ['code'] },
  );
export const CheckInOutput = z.object({ activityId: Id, title: z.string(), checkedInAt: EpochMs });
/** 志愿服务 check-out: the same proof as check-in; the minutes counted from check-in to check-out. */
export const CheckOutOutput = z.object({
  activityId: Id,
  title: z.string(),
  checkedInAt: EpochMs,
  checkedOutAt: EpochMs,
  /** The stretch that counts: check-in to check-out held to the activity's own start and end. */
  countedFrom: EpochMs,
  countedTo: EpochMs,
  minutes: z.number().int(),
});

export const RosterOutput = z.object({
  confirmed: z.array(z.object({ name: z.string(), unitName: z.string() })),
  waitlisted: z.array(z.object({ name: z.string(), position: z.number().int() })),
  /** A numbered plain-text list for pasting into a group chat (接龙). */
  text: z.string(),
});

export const ShareInfo = z.object({
  title: z.string(),
  path: z.string(),
  /** The updatable-message id (WeChat); null where the platform has none. */
  updatableActivityId: z.string().nullable(),
  countText: z.string(),
});

export const GroupEnterInput = z.strictObject({ activityId: Id, cloudID: z.string().min(1).max(2000) });
export const GroupContext = z.object({ unitId: Id.nullable(), unitName: z.string().nullable() });
export const BindGroupInput = z.strictObject({ unitId: Id, cloudID: z.string().min(1).max(2000) });

export const SignupRow = z.object({
  memberId: Id,
  name: z.string(),
  unitName: z.string(),
  status: z.enum(SIGNUP_STATUSES),
  waitlistPosition: z.number().int().nullable(),
  answers: z.record(z.string(), z.union([z.string(), z.number()])),
  leaveReason: z.string().nullable(),
  checkedIn: z.boolean(),
  /** Where the member's device said it was at check-in (自报位置), unverified; null without one. */
  claimedPosition: z
    .object({ latitude: z.number(), longitude: z.number(), distanceMeters: z.number().int().nullable() })
    .nullable(),
  proxy: z.boolean(),
});
export const SignupListOutput = z.object({ items: z.array(SignupRow) });
export const DecideSignupInput = z.strictObject({ activityId: Id, memberId: Id, approve: z.boolean() });

export const CheckinTokenOutput = z.object({
  token: z.string(),
  /** The 6-digit code of the same window, for members who type instead of scanning. */
  code: z.string(),
  qrDataUrl: z.string(),
  expiresAt: EpochMs,
});
export const ProxyCheckInInput = z.strictObject({
  activityId: Id,
  memberId: Id,
  reason: z.string().trim().min(2, '请写明代签原因').max(100),
});

export const Attendance = z.object({
  expected: z.number().int(),
  /** Who 应到 counts (ADR 13): the organiser branch's full and probationary members, or those who signed up. */
  expectedBasis: z.enum(['members', 'signups']),
  present: z.number().int(),
  leave: z.number().int(),
  absent: z.number().int(),
  rows: z.array(
    z.object({
      memberId: Id,
      name: z.string(),
      outcome: z.enum(['present', 'leave', 'absent']),
      note: z.string().nullable(),
    }),
  ),
});

export const MinutesInput = z.strictObject({
  activityId: Id,
  topic: z.string().trim().min(2).max(100),
  presenter: z.string().trim().min(1).max(30),
  recorder: z.string().trim().min(1).max(30),
  content: z.string().trim().min(2).max(20_000),
  resolutions: z.string().trim().max(5_000).default(''),
  /** File ids from `admin.photoUpload`. */
  photos: z.array(z.string().min(1).max(300)).max(9).default([]),
});
export const Minutes = z.object({
  topic: z.string(),
  presenter: z.string(),
  recorder: z.string(),
  content: z.string(),
  resolutions: z.string(),
  photos: z.array(z.object({ fileId: z.string(), url: z.string().nullable() })),
  recordedAt: EpochMs,
  attendance: Attendance.omit({ rows: true }),
});

export const Period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, '时段格式为 2026-03 或 2026-Q1');
export const MeetingRecordsInput = z.strictObject({ unitId: Id, period: Period });
export const MeetingRecords = z.object({
  period: z.string(),
  branches: z.array(
    z.object({
      unitId: Id,
      name: z.string(),
      held: z.partialRecord(z.enum(ACTIVITY_TYPES), z.number().int()),
      missing: z.array(z.enum(ACTIVITY_TYPES)),
    }),
  ),
});
export const RemindMissingOutput = z.object({ reminded: z.number().int() });

export const AdminActivityListInput = z.strictObject({ unitId: Id, ...PageInput });

export const ReminderOutput = z.object({ dueAt: EpochMs });
export const SendRemindersOutput = z.object({ sent: z.number().int() });
export const NoticesOutput = z.object({
  items: z.array(z.object({ noticeId: Id, title: z.string(), body: z.string(), createdAt: EpochMs })),
});
export const SignupStatusOutput = z.object({ status: z.enum(SIGNUP_STATUSES) });
export const Created = z.object({ activityId: Id });

export const PhotoUploadInput = z.strictObject({
  activityId: Id,
  name: z.string().regex(/\.(jpe?g|png|webp)$/i, '只能上传 jpg、png 或 webp 图片'),
  /** base64 of the image; 1 MB at most. */
  content: z.string().min(1).max(1_400_000, '图片太大，请压缩到 1 MB 以内'),
});
export const PhotoUploadOutput = z.object({ fileId: z.string(), url: z.string().nullable() });
