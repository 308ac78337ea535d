export default defineAppConfig({
  pages: ['pages/home/index', 'pages/login/index', 'pages/bind/index', 'pages/me/index'],
  subPackages: [
    { root: 'packages/quiz', pages: ['pages/index/index'] },
    { root: 'packages/activity', pages: ['pages/index/index', 'pages/detail/index', 'pages/checkin/index'] },
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
      ],
    },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '智慧党建',
    navigationBarTextStyle: 'white',
  },
});
