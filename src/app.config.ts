export default defineAppConfig({
  pages: ['pages/home/index', 'pages/login/index'],
  subPackages: [
    { root: 'packages/quiz', pages: ['pages/index/index'] },
    { root: 'packages/activity', pages: ['pages/index/index'] },
    { root: 'packages/admin', pages: ['pages/index/index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '智慧党建',
    navigationBarTextStyle: 'white',
  },
});
