export default definePageConfig({ navigationBarTitleText: '编辑学习内容' });
