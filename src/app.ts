import { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { refreshSessionIfDue } from './lib/session-refresh';
import { initTransport, usesCloud } from './lib/transport';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initTransport();
    if (!usesCloud) void refreshSessionIfDue();
  });
  return children;
}

export default App;
