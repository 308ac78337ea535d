export default definePageConfig({ navigationBarTitleText: '考试与竞赛' });
