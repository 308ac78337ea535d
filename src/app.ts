import { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { initTransport } from './lib/transport';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initTransport();
  });
  return children;
}

export default App;
