export default definePageConfig({ navigationBarTitleText: '通知公告管理', enablePullDownRefresh: true });
