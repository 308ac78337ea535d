export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/study/index',
    'pages/quiz/index',
    'pages/activity/index',
    'pages/me/index',
    'pages/login/index',
  ],
  subPackages: [
    // Binding happens once per person, so it downloads when a new WeChat user needs it.
    { root: 'packages/account', pages: ['pages/bind/index'] },
    {
      root: 'packages/quiz',
      pages: [
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
      pages: ['pages/detail/index', 'pages/plans/index', 'pages/points/index', 'pages/notes/index', 'pages/mine/index'],
    },
    { root: 'packages/activity', pages: ['pages/detail/index', 'pages/checkin/index'] },
    {
      root: 'packages/vote',
      pages: [
        'pages/index/index',
        'pages/detail/index',
        'pages/surveys/index',
        'pages/survey/index',
        'pages/survey-manage/index',
        'pages/survey-form/index',
        'pages/survey-results/index',
      ],
    },
    {
      root: 'packages/notice',
      pages: ['pages/list/index', 'pages/detail/index', 'pages/manage/index', 'pages/receipts/index'],
    },
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
        'pages/notes/index',
        'pages/points/index',
        'pages/questions/index',
        'pages/quizzes/index',
        'pages/quiz-flags/index',
        'pages/votes/index',
      ],
    },
    { root: 'packages/assistant', pages: ['pages/drafts/index', 'pages/path/index', 'pages/ask/index'] },
    {
      root: 'packages/report',
      pages: [
        'pages/dashboard/index',
        'pages/plan-report/index',
        'pages/quiz-analysis/index',
        'pages/monthly/index',
        'pages/learning/index',
        'pages/wall/index',
        'pages/wall-links/index',
      ],
    },
    {
      root: 'packages/engage',
      pages: ['pages/suggest/index', 'pages/tasks/index', 'pages/suggestions/index', 'pages/task-manage/index'],
    },
    { root: 'packages/forum', pages: ['pages/board/index', 'pages/topic/index', 'pages/new/index'] },
    {
      root: 'packages/assess',
      pages: ['pages/mine/index', 'pages/showcase/index', 'pages/manage/index', 'pages/member/index'],
    },
    {
      root: 'packages/develop',
      pages: ['pages/console/index', 'pages/timeline/index', 'pages/mine/index', 'pages/rules/index'],
    },
    { root: 'packages/dues', pages: ['pages/mine/index', 'pages/manage/index'] },
    {
      root: 'packages/transfer',
      pages: [
        'pages/list/index',
        'pages/start/index',
        'pages/flow/index',
        'pages/care/index',
        'pages/mine/index',
        'pages/dossier/index',
        'pages/volunteer/index',
      ],
    },
    {
      root: 'packages/review',
      pages: ['pages/mine/index', 'pages/manage/index', 'pages/round/index', 'pages/branches/index'],
    },
    {
      root: 'packages/publicity',
      pages: ['pages/list/index', 'pages/detail/index', 'pages/manage/index', 'pages/form/index', 'pages/item/index'],
    },
  ],
  tabBar: {
    color: '#8C8C8C',
    selectedColor: '#C8161D',
    backgroundColor: '#FFFFFF',
    borderStyle: 'white',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/study/index',
        text: '学习',
        iconPath: 'assets/tab/study.png',
        selectedIconPath: 'assets/tab/study-active.png',
      },
      {
        pagePath: 'pages/quiz/index',
        text: '答题',
        iconPath: 'assets/tab/quiz.png',
        selectedIconPath: 'assets/tab/quiz-active.png',
      },
      {
        pagePath: 'pages/activity/index',
        text: '活动',
        iconPath: 'assets/tab/activity.png',
        selectedIconPath: 'assets/tab/activity-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tab/me.png',
        selectedIconPath: 'assets/tab/me-active.png',
      },
    ],
  },
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
