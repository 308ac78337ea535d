export default definePageConfig({ navigationBarTitleText: '关怀记录', enablePullDownRefresh: true });
