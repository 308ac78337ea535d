import type { FunctionHandlers } from '../../kernel/handler-types';
import { activityDetail, adminActivities, createActivity, listActivities, signupList } from './activities.service';
import { checkIn, issueCheckinToken } from './checkin.service';
import { checkOut } from './checkout.service';
import {
  attendance,
  attendanceExport,
  getMinutes,
  meetingRecords,
  remindMissing,
  saveMinutes,
  uploadPhoto,
} from './meetings.service';
import { readMinutes } from './member-minutes.service';
import { proxyCheckIn } from './proxy-checkin.service';
import { sendDueReminders, subscribeReminder } from './reminders.service';
import { bindGroup, groupEnter, roster, shareInfo } from './share.service';
import { cancelSignUp, decideSignup, requestLeave, signUp } from './signup.service';

export const activitiesApiRoutes = {
  'activity.list': (input, ctx) => listActivities(ctx, input),
  'activity.get': (input, ctx) => activityDetail(ctx, input.activityId),
  'activity.signUp': async (input, ctx) => ({ status: await signUp(ctx, input) }),
  'activity.cancel': async (input, ctx) => ({ status: await cancelSignUp(ctx, input.activityId) }),
  'activity.requestLeave': async (input, ctx) => ({ status: await requestLeave(ctx, input.activityId, input.reason) }),
  'activity.checkIn': (input, ctx) =>
    checkIn(
      ctx,
      input.token !== undefined
        ? { token: input.token }
        : { activityId: input.activityId ?? '', code: input.code ?? '' },
      input.latitude,
      input.longitude,
    ),
  'activity.checkOut': (input, ctx) =>
    checkOut(
      ctx,
      input.token !== undefined
        ? { token: input.token }
        : { activityId: input.activityId ?? '', code: input.code ?? '' },
    ),
  'activity.roster': (input, ctx) => roster(ctx, input.activityId),
  'activity.minutes': (input, ctx) => readMinutes(ctx, input.activityId),
  'activity.shareInfo': (input, ctx) => shareInfo(ctx, input.activityId),
  'activity.groupEnter': (input, ctx) => groupEnter(ctx, input.cloudID),
  'activity.subscribeReminder': (input, ctx) => subscribeReminder(ctx, input.activityId),
} satisfies Partial<FunctionHandlers<'api'>>;

export const activitiesAdminRoutes = {
  'admin.activityCreate': async (input, ctx) => ({ activityId: await createActivity(ctx, input) }),
  'admin.activityList': (input, ctx) => adminActivities(ctx, input.unitId, input.skip, input.limit),
  'admin.activitySignups': (input, ctx) => signupList(ctx, input.activityId),
  'admin.activityDecide': async (input, ctx) => {
    await decideSignup(ctx, input.activityId, input.memberId, input.approve);
    return signupList(ctx, input.activityId);
  },
  'admin.checkinToken': (input, ctx) => issueCheckinToken(ctx, input.activityId),
  'admin.proxyCheckIn': async (input, ctx) => {
    await proxyCheckIn(ctx, input.activityId, input.memberId, input.reason);
    return attendance(ctx, input.activityId);
  },
  'admin.attendance': (input, ctx) => attendance(ctx, input.activityId),
  'admin.attendanceExport': (input, ctx) => attendanceExport(ctx, input.activityId),
  'admin.minutesSave': (input, ctx) => saveMinutes(ctx, input),
  'admin.minutesGet': (input, ctx) => getMinutes(ctx, input.activityId),
  'admin.photoUpload': (input, ctx) => uploadPhoto(ctx, input.activityId, input.name, input.content),
  'admin.meetingRecords': (input, ctx) => meetingRecords(ctx, input.unitId, input.period),
  'admin.remindMissing': (input, ctx) => remindMissing(ctx, input.unitId, input.period),
  'admin.bindGroup': (input, ctx) => bindGroup(ctx, input.unitId, input.cloudID),
} satisfies Partial<FunctionHandlers<'admin'>>;

export const activitiesJobsRoutes = {
  'system.sendReminders': (_input, ctx) => sendDueReminders(ctx),
} satisfies Partial<FunctionHandlers<'jobs'>>;
