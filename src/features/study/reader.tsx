import { useState } from 'react';
import { Text, Video, View } from '@tarojs/components';
import { NoticeBar, Tag } from '@nutui/nutui-react-taro';
import { CONTENT_KIND_LABELS, MEDIA_KINDS } from '@contract/labels';
import type { ContentDetail } from '@contract/schemas/study';
import { call } from '@/lib/api-client';
import { dateText } from '@/lib/format';
import { absoluteUrl } from '@/lib/transport';
import { ArticleBody } from './article-body';
import { ContentCard } from './content-card';
import { KIND_TAG } from './kind-tag';
import { NoteSheet } from './note-sheet';
import { ReaderBar } from './reader-bar';
import { SectionHeader } from './study-home';
import { StudyTimer } from './study-timer';
import { useStudySession } from './use-study-session';

/**
 * Reading, watching or listening, with verified progress; 收藏, 分享 and 写心得 at the bottom. `passage`: the
 * passage a citation of 问一问 named, scrolled to.
 */
export function Reader({ detail, offline, passage }: { detail: ContentDetail; offline: boolean; passage?: number }) {
  const media = MEDIA_KINDS.includes(detail.kind);
  const timed = detail.kind !== 'topic' && !offline;
  const session = useStudySession(detail.contentId, media, timed);
  const progress = session.progress ?? detail.progress;
  const [favorite, setFavorite] = useState(detail.favorite);
  const [writing, setWriting] = useState(false);

  const toggleFavorite = async () => {
    const result = await call('study.favorite', { contentId: detail.contentId, on: !favorite });
    if (result.ok) setFavorite(result.data.favorite);
  };

  return (
    <View className="reader">
      {offline ? <NoticeBar content="网络不可用，正在显示离线保存的内容，学习时长暂不计入。" wrap /> : null}
      <Text className="reader__title">{detail.title}</Text>
      <View className="reader__meta">
        <Tag {...KIND_TAG[detail.kind]}>{CONTENT_KIND_LABELS[detail.kind]}</Tag>
        <Text>{dateText(detail.publishAt)}</Text>
        {detail.author ? <Text>{detail.author}</Text> : null}
        {detail.source ? <Text>来源：{detail.source}</Text> : null}
        <Text>约 {detail.estimatedMinutes} 分钟</Text>
      </View>
      {timed ? (
        <StudyTimer
          progress={progress}
          media={media}
          estimatedMinutes={detail.estimatedMinutes}
          superseded={session.superseded}
          pointsAwarded={session.pointsAwarded}
        />
      ) : null}
      {media && detail.mediaUrl ? (
        <Video
          className="reader__media"
          src={absoluteUrl(detail.mediaUrl)}
          controls
          initialTime={progress.position}
          style={detail.kind === 'audio' ? { height: '120px' } : undefined}
          onPlay={() => session.setPlaying(true)}
          onPause={() => session.setPlaying(false)}
          onEnded={() => session.setPlaying(false)}
          onTimeUpdate={(event) => session.setPosition(event.detail.currentTime)}
        />
      ) : null}
      {detail.body ? <ArticleBody detail={detail} passage={passage} /> : null}
      {detail.kind === 'topic' ? (
        <View>
          <SectionHeader title={`专题内容（${detail.topicItems.length} 篇）`} />
          {detail.topicItems.map((item) => (
            <ContentCard key={item.contentId} content={item} />
          ))}
        </View>
      ) : null}
      <ReaderBar
        favorite={favorite}
        canWrite={!offline}
        onFavorite={() => void toggleFavorite()}
        onWrite={() => setWriting(true)}
      />
      <NoteSheet
        visible={writing}
        targets={[{ targetId: detail.contentId, title: detail.title }]}
        onClose={() => setWriting(false)}
      />
    </View>
  );
}
