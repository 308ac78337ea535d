export default definePageConfig({ navigationBarTitleText: '答题记录', enablePullDownRefresh: true });
