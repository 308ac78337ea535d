export default definePageConfig({ navigationBarTitleText: '我的发展进程', enablePullDownRefresh: true });
