export default definePageConfig({ navigationBarTitleText: '党员考核' });
