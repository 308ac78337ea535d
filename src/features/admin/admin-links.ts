import Taro from '@tarojs/taro';

/** Console screens live in the admin subpackage; every one takes the unit (or member) it is about. */
const ROOT = '/packages/admin/pages';

export const openAdmin = {
  unit: (unitId: string) => void Taro.navigateTo({ url: `${ROOT}/index/index?unitId=${unitId}` }),
  members: (unitId: string) => void Taro.navigateTo({ url: `${ROOT}/members/index?unitId=${unitId}` }),
  member: (memberId: string) => void Taro.navigateTo({ url: `${ROOT}/member/index?memberId=${memberId}` }),
  import: (unitId: string) => void Taro.navigateTo({ url: `${ROOT}/import/index?unitId=${unitId}` }),
  bindings: (unitId: string) => void Taro.navigateTo({ url: `${ROOT}/bindings/index?unitId=${unitId}` }),
  audit: (unitId: string) => void Taro.navigateTo({ url: `${ROOT}/audit/index?unitId=${unitId}` }),
  activities: (unitId: string) => void Taro.navigateTo({ url: `${ROOT}/activities/index?unitId=${unitId}` }),
  newActivity: (unitId: string) => void Taro.navigateTo({ url: `${ROOT}/activity-form/index?unitId=${unitId}` }),
  manageActivity: (activityId: string) =>
    void Taro.navigateTo({ url: `${ROOT}/activity-manage/index?activityId=${activityId}` }),
  meetings: (unitId: string) => void Taro.navigateTo({ url: `${ROOT}/meetings/index?unitId=${unitId}` }),
  contents: (unitId: string) => void Taro.navigateTo({ url: `${ROOT}/contents/index?unitId=${unitId}` }),
  contentForm: (unitId: string, contentId?: string) =>
    void Taro.navigateTo({
      url: `${ROOT}/content-form/index?unitId=${unitId}${contentId ? `&contentId=${contentId}` : ''}`,
    }),
  plans: (unitId: string) => void Taro.navigateTo({ url: `${ROOT}/plans/index?unitId=${unitId}` }),
  planReport: (planId: string) => void Taro.navigateTo({ url: `${ROOT}/plan-report/index?planId=${planId}` }),
  notes: (unitId: string) => void Taro.navigateTo({ url: `${ROOT}/notes/index?unitId=${unitId}` }),
  points: (unitId: string) => void Taro.navigateTo({ url: `${ROOT}/points/index?unitId=${unitId}` }),
  questions: (unitId: string) => void Taro.navigateTo({ url: `${ROOT}/questions/index?unitId=${unitId}` }),
  quizzes: (unitId: string) => void Taro.navigateTo({ url: `${ROOT}/quizzes/index?unitId=${unitId}` }),
  quizFlags: (unitId: string) => void Taro.navigateTo({ url: `${ROOT}/quiz-flags/index?unitId=${unitId}` }),
  votes: (unitId: string) => void Taro.navigateTo({ url: `${ROOT}/votes/index?unitId=${unitId}` }),
};
