export default definePageConfig({ navigationBarTitleText: '我的学习计划', enablePullDownRefresh: true });
