export default definePageConfig({ navigationBarTitleText: '交流园地', enablePullDownRefresh: true });
