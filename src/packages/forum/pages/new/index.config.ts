export default definePageConfig({ navigationBarTitleText: '发新话题' });
