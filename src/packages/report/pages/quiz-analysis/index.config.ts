export default definePageConfig({ navigationBarTitleText: '成绩分析' });
