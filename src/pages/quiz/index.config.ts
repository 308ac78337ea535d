export default definePageConfig({ navigationBarTitleText: '答题', enablePullDownRefresh: true });
