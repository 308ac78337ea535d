import Taro from '@tarojs/taro';
import dayjs from 'dayjs';

export const openContent = (contentId: string) =>
  void Taro.navigateTo({ url: `/packages/study/pages/detail/index?contentId=${contentId}` });

export const openStudy = (page: 'index' | 'plans' | 'points' | 'notes' | 'mine', query = '') =>
  void Taro.navigateTo({ url: `/packages/study/pages/${page}/index${query}` });

export const dateText = (at: number) => dayjs(at).format('YYYY年M月D日');

export const minutesText = (minutes: number) =>
  minutes >= 60 ? `${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分钟` : `${minutes} 分钟`;

export const clockText = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;
