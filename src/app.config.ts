export default defineAppConfig({
  pages: ['pages/home/index', 'pages/login/index', 'pages/bind/index', 'pages/me/index'],
  subPackages: [
    {
      root: 'packages/quiz',
      pages: [
        'pages/index/index',
        'pages/take/index',
        'pages/result/index',
        'pages/challenge/index',
        'pages/board/index',
        'pages/wrongbook/index',
        'pages/history/index',
      ],
    },
    {
      root: 'packages/study',
      pages: [
        'pages/index/index',
        'pages/detail/index',
        'pages/plans/index',
        'pages/points/index',
        'pages/notes/index',
        'pages/mine/index',
      ],
    },
    { root: 'packages/activity', pages: ['pages/index/index', 'pages/detail/index', 'pages/checkin/index'] },
    { root: 'packages/vote', pages: ['pages/index/index', 'pages/detail/index'] },
    {
      root: 'packages/admin',
      pages: [
        'pages/index/index',
        'pages/members/index',
        'pages/member/index',
        'pages/import/index',
        'pages/bindings/index',
        'pages/audit/index',
        'pages/activities/index',
        'pages/activity-form/index',
        'pages/activity-manage/index',
        'pages/meetings/index',
        'pages/contents/index',
        'pages/content-form/index',
        'pages/plans/index',
        'pages/plan-report/index',
        'pages/notes/index',
        'pages/points/index',
        'pages/questions/index',
        'pages/quizzes/index',
        'pages/quiz-analysis/index',
        'pages/quiz-flags/index',
        'pages/votes/index',
      ],
    },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '智慧党建',
    navigationBarTextStyle: 'white',
  },
  // WeChat refuses location calls the app does not declare, and asks for the privacy guide to be
  // agreed before any privacy API (location, files, clipboard): the app shows its own popup for that.
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': { desc: '用于活动签到时确认您在活动地点，以及发布活动时在地图上选择地点' },
  },
  __usePrivacyCheck__: true,
});
