/// <reference types="@tarojs/taro" />
/// <reference types="miniprogram-api-typings" />

declare module '*.png';
declare module '*.svg';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by Taro at build time. */
    TARO_ENV: 'weapp' | 'h5';
    TARO_APP_BACKEND?: 'cloud' | 'http';
    TARO_APP_API_BASE?: string;
    TARO_APP_CLOUD_ENV?: string;
    TARO_APP_TMPL_ACTIVITY_REMINDER?: string;
  }
}
