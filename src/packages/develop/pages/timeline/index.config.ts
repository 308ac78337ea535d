export default definePageConfig({ navigationBarTitleText: '发展进程', enablePullDownRefresh: true });
