export default definePageConfig({ navigationBarTitleText: '我的考核', enablePullDownRefresh: true });
