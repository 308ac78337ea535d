export default definePageConfig({ navigationBarTitleText: '学习内容', enableShareAppMessage: true });
