export default definePageConfig({ navigationBarTitleText: '组织关系与志愿时长' });
