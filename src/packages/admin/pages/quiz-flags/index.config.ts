export default definePageConfig({ navigationBarTitleText: '答题待核实', enablePullDownRefresh: true });
