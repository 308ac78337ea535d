import { useEffect, useState } from 'react';
import { Canvas, Image, Text, View } from '@tarojs/components';
import { Button, Popup } from '@nutui/nutui-react-taro';
import type { LearningReport } from './report-type';
import { posterContent, POSTER_HEIGHT, POSTER_WIDTH } from './poster';
import { POSTER_CANVAS_ID, renderPoster, savePoster } from './poster-image';

const isH5 = process.env.TARO_ENV === 'h5';
const APP_NAME = '智慧党建';

type PosterState = { status: 'drawing' } | { status: 'ready'; image: string } | { status: 'failed' };

/** 生成海报: draws the report onto a canvas, shows the picture, and saves it (photo album / download). */
export function PosterSheet({ report, open, onClose }: { report: LearningReport; open: boolean; onClose: () => void }) {
  const [state, setState] = useState<PosterState>({ status: 'drawing' });
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    setState({ status: 'drawing' });
    void renderPoster(posterContent(report, APP_NAME)).then((image) => {
      if (!cancelled) setState(image ? { status: 'ready', image } : { status: 'failed' });
    });
    return () => {
      cancelled = true;
    };
  }, [open, report]);

  const save = async (image: string) => {
    setSaving(true);
    const saved = await savePoster(image, `学习报告-${report.at}.png`);
    setSaving(false);
    if (saved && !isH5) onClose();
  };

  return (
    <Popup visible={open} position="bottom" round closeable title="学习报告海报" onClose={onClose}>
      <View className="learning-poster">
        {isH5 ? null : (
          <Canvas
            type="2d"
            id={POSTER_CANVAS_ID}
            className="learning-poster__canvas"
            style={{ width: `${POSTER_WIDTH}px`, height: `${POSTER_HEIGHT}px` }}
          />
        )}
        {state.status === 'ready' ? (
          <>
            <Image
              className="learning-poster__image"
              src={state.image}
              mode="scaleToFill"
              aria-label="学习报告海报"
              data-testid="learning-poster-image"
            />
            <Button type="primary" block loading={saving} onClick={() => void save(state.image)}>
              保存图片
            </Button>
            <Text className="learning-note">
              {isH5 ? '图片会下载到本机。' : '保存到手机相册后，可发给好友或发朋友圈。'}
            </Text>
          </>
        ) : (
          <Text className="learning-poster__status">
            {state.status === 'failed' ? '海报没有生成，请关闭后再试一次。' : '正在生成海报…'}
          </Text>
        )}
      </View>
    </Popup>
  );
}
