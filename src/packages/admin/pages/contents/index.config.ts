export default definePageConfig({ navigationBarTitleText: '学习内容', enablePullDownRefresh: true });
