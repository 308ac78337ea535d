import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, CellGroup, NoticeBar } from '@nutui/nutui-react-taro';
import { MEDIA_KINDS } from '@contract/labels';
import { DateTimeField } from '@/components/date-time-field';
import { Field } from '@/components/form';
import { PageShell } from '@/components/page-shell';
import { ErrorView, LoadingView } from '@/components/state-views';
import { BottomBar } from '@/components/bottom-bar';
import { BlockEditor } from '@/features/admin-study/block-editor';
import { ContentBasics } from '@/features/admin-study/content-basics';
import { ContentPicker } from '@/features/admin-study/content-picker';
import { ContentPreview } from '@/features/admin-study/content-preview';
import { CoverField } from '@/features/admin-study/cover-field';
import { MediaField } from '@/features/admin-study/media-field';
import { useContentEditor } from '@/features/admin-study/use-content-editor';
import { absoluteUrl } from '@/lib/transport';
import '@/features/admin-study/admin-console.scss';
import '@/features/admin-study/content-editor.scss';

const FILE_PREFIX = 'zhdj-file:';

/** Writing study content: fields, a block editor for the body with a preview, then save as draft or publish. */
export default function ContentFormPage() {
  const params = useRouter().params;
  const unitId = params.unitId ?? '';
  const editor = useContentEditor(unitId, params.contentId, () => void Taro.navigateBack());
  const { form, loaded, fileUrls, live } = editor;
  const { values, set, errors } = form;
  const [previewing, setPreviewing] = useState(false);

  if (loaded.status === 'error')
    return (
      <PageShell>
        <ErrorView message={loaded.message} />
      </PageShell>
    );
  if (loaded.status === 'loading')
    return (
      <PageShell>
        <LoadingView />
      </PageShell>
    );
  const imageUrl = (ref: string) =>
    absoluteUrl(ref.startsWith(FILE_PREFIX) ? (fileUrls[ref.slice(FILE_PREFIX.length)] ?? '') : ref);
  const addImage = async () => {
    const file = await editor.uploadImage();
    if (file) set('blocks', [...values.blocks, { kind: 'image', text: `${FILE_PREFIX}${file.ref}` }]);
  };
  const formError = editor.publishError ?? editor.uploadError ?? form.formMessage;
  const publishLabel = live ? '发布修改' : values.publishAt ? '保存并定时发布' : '保存并发布';

  return (
    <PageShell>
      {live ? (
        <NoticeBar
          wrap
          content={
            editor.unpublishedChanges
              ? '有未发布的修改：党员看到的仍是已发布的版本，点“发布修改”后才会更新。'
              : '这篇内容已发布：保存草稿不会改变党员看到的内容，点“发布修改”后才会更新。'
          }
        />
      ) : null}
      <ContentBasics values={values} set={set} errors={errors} />
      <View className="console-group">
        <CellGroup>
          <CoverField
            cover={values.cover}
            error={errors.coverFileId}
            onPick={() => void editor.uploadImage().then((file) => file && set('cover', file))}
            onRemove={() => set('cover', null)}
          />
          {MEDIA_KINDS.includes(values.kind) ? (
            <MediaField
              media={values.media}
              duration={values.duration}
              onMedia={(media) => set('media', media)}
              onDuration={(seconds) => set('duration', seconds)}
              errors={errors}
            />
          ) : null}
        </CellGroup>
      </View>
      {values.kind === 'topic' ? (
        <View className="console-group">
          <View className="console-section">专题包含的内容（已选 {values.topicItemIds.length} 篇，按选择顺序）</View>
          <Field label="点选加入，再点一次取消" error={errors.topicItemIds}>
            <ContentPicker
              unitId={unitId}
              picked={values.topicItemIds}
              exclude={values.contentId}
              onChange={(ids) => set('topicItemIds', ids)}
              testId="topic-picker"
            />
          </Field>
        </View>
      ) : null}
      <View className="console-section">正文{values.kind === 'article' ? '' : '（可选）'}</View>
      {errors.body ? <View className="console-error">{errors.body}</View> : null}
      <BlockEditor
        blocks={values.blocks}
        onChange={(blocks) => set('blocks', blocks)}
        onAddImage={() => void addImage()}
        imageUrl={imageUrl}
      />
      <View className="console-group">
        <CellGroup>
          {live ? null : (
            <DateTimeField
              label="定时发布（可选，不选为立即发布）"
              value={values.publishAt}
              min={Date.now()}
              onChange={(at) => set('publishAt', at)}
              testId="content-publish-at"
            />
          )}
        </CellGroup>
      </View>
      {formError ? <View className="console-error">{formError}</View> : null}
      <BottomBar testId="content-actions">
        <Button fill="outline" type="primary" onClick={() => setPreviewing(true)}>
          预览
        </Button>
        <Button fill="outline" type="primary" disabled={form.busy} onClick={() => void editor.save('draft')}>
          存草稿
        </Button>
        <Button type="primary" loading={form.busy} disabled={form.busy} onClick={() => void editor.save('publish')}>
          {publishLabel}
        </Button>
      </BottomBar>
      <ContentPreview
        open={previewing}
        title={values.title}
        blocks={values.blocks}
        fileUrls={fileUrls}
        onClose={() => setPreviewing(false)}
      />
    </PageShell>
  );
}
