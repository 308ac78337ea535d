export default definePageConfig({ navigationBarTitleText: '先锋模范', enablePullDownRefresh: true });
