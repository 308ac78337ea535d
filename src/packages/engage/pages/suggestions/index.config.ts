export default definePageConfig({ navigationBarTitleText: '意见建议管理', enablePullDownRefresh: true });
