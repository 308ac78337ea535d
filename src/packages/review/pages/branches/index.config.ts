export default definePageConfig({ navigationBarTitleText: '支部评星定级' });
