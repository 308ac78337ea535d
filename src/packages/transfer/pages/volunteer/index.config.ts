export default definePageConfig({ navigationBarTitleText: '确认志愿时长' });
