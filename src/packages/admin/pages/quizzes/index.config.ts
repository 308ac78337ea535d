export default definePageConfig({ navigationBarTitleText: '考试与竞赛', enablePullDownRefresh: true });
