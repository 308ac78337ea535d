export default definePageConfig({ navigationBarTitleText: '三会一课' });
