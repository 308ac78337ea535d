export default definePageConfig({ navigationBarTitleText: '计划完成情况', enablePullDownRefresh: true });
