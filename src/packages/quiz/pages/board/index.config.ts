export default definePageConfig({
  navigationBarTitleText: '排行榜',
  enableShareAppMessage: true,
  enablePullDownRefresh: true,
});
