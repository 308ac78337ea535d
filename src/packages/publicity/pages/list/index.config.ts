export default definePageConfig({ navigationBarTitleText: '公示栏' });
