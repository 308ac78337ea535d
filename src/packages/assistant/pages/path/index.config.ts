export default definePageConfig({ navigationBarTitleText: '学习路径', enablePullDownRefresh: true });
