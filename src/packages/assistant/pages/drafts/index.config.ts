export default definePageConfig({ navigationBarTitleText: 'AI 出题', enablePullDownRefresh: true });
