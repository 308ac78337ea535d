import { openPage } from '@/lib/pages';

/** Console screens live in the admin subpackage; every one takes the unit (or member) it is about. */
export const openAdmin = {
  unit: (unitId: string) => openPage('admin', { unitId }),
  dashboard: (unitId: string) => openPage('adminDashboard', { unitId }),
  monthlyReport: (unitId: string) => openPage('reportMonthly', { unitId }),
  members: (unitId: string) => openPage('adminMembers', { unitId }),
  member: (memberId: string) => openPage('adminMember', { memberId }),
  import: (unitId: string) => openPage('adminImport', { unitId }),
  bindings: (unitId: string) => openPage('adminBindings', { unitId }),
  audit: (unitId: string) => openPage('adminAudit', { unitId }),
  activities: (unitId: string) => openPage('adminActivities', { unitId }),
  newActivity: (unitId: string) => openPage('adminActivityForm', { unitId }),
  manageActivity: (activityId: string) => openPage('adminActivityManage', { activityId }),
  meetings: (unitId: string) => openPage('adminMeetings', { unitId }),
  contents: (unitId: string) => openPage('adminContents', { unitId }),
  contentForm: (unitId: string, contentId?: string) => openPage('adminContentForm', { unitId, contentId }),
  plans: (unitId: string) => openPage('adminPlans', { unitId }),
  planReport: (planId: string) => openPage('adminPlanReport', { planId }),
  notes: (unitId: string) => openPage('adminNotes', { unitId }),
  points: (unitId: string) => openPage('adminPoints', { unitId }),
  questions: (unitId: string) => openPage('adminQuestions', { unitId }),
  quizzes: (unitId: string) => openPage('adminQuizzes', { unitId }),
  quizFlags: (unitId: string) => openPage('adminQuizFlags', { unitId }),
  votes: (unitId: string) => openPage('adminVotes', { unitId }),
  notices: (unitId: string) => openPage('noticeManage', { unitId }),
};
