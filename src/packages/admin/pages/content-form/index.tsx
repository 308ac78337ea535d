import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Image, Text, Textarea, View } from '@tarojs/components';
import {
  CONTENT_CATEGORIES,
  CONTENT_CATEGORY_LABELS,
  CONTENT_KIND_LABELS,
  CONTENT_KINDS,
  MEDIA_KINDS,
  type ContentCategory,
  type ContentKind,
} from '@contract/labels';
import { ChoiceField, Field, TextField } from '@/components/form';
import { PageShell } from '@/components/page-shell';
import { ErrorView, LoadingView } from '@/components/state-views';
import { BLOCK_LABELS, blocksToHtml, htmlToBlocks, type Block, type BlockKind } from '@/features/study/blocks';
import { uploadMedia } from '@/features/study/upload-media';
import { call } from '@/lib/api-client';
import { pickFile } from '@/lib/platform/files';
import { absoluteUrl } from '@/lib/transport';
import '@/features/study/study.scss';

const FORMAT = 'YYYY-MM-DD HH:mm';
const ADDABLE: BlockKind[] = ['heading', 'paragraph', 'list', 'image', 'table'];
const FILE_PREFIX = 'zhdj-file:';

/** Writing study content: fields, a block editor for the body, uploads, then save as draft or publish. */
export default function ContentFormPage() {
  const params = useRouter().params;
  const unitId = params.unitId ?? '';
  const [contentId, setContentId] = useState(params.contentId ?? '');
  const [loading, setLoading] = useState(Boolean(params.contentId));
  const [loadError, setLoadError] = useState<string | null>(null);
  const [audienceUnitId, setAudienceUnitId] = useState(unitId);
  const [kind, setKind] = useState<ContentKind>('article');
  const [category, setCategory] = useState<ContentCategory>('theory');
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [tags, setTags] = useState('');
  const [source, setSource] = useState('');
  const [author, setAuthor] = useState('');
  const [minutes, setMinutes] = useState('5');
  const [media, setMedia] = useState('');
  const [duration, setDuration] = useState('');
  const [cover, setCover] = useState<{ ref: string; url: string } | null>(null);
  const [topicItems, setTopicItems] = useState('');
  const [blocks, setBlocks] = useState<Block[]>([{ kind: 'paragraph', text: '' }]);
  const [fileUrls, setFileUrls] = useState<Record<string, string>>({});
  const [publishAt, setPublishAt] = useState('');
  // Once members can read the item, saving keeps a draft beside what they read until it is published.
  const [live, setLive] = useState(false);
  const [unpublishedChanges, setUnpublishedChanges] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);

  useEffect(() => {
    if (!params.contentId) return;
    void call('admin.contentGet', { contentId: params.contentId }).then((result) => {
      setLoading(false);
      if (!result.ok) return setLoadError(result.error.message);
      const c = result.data;
      setAudienceUnitId(c.unitId);
      setKind(c.kind);
      setCategory(c.category);
      setTitle(c.title);
      setSummary(c.summary);
      setTags(c.tags.join('，'));
      setSource(c.source);
      setAuthor(c.author);
      setMinutes(String(c.estimatedMinutes));
      setMedia(c.media ?? '');
      setDuration(c.durationSeconds ? String(c.durationSeconds) : '');
      setCover(c.coverFileId ? { ref: c.coverFileId, url: c.coverUrl ?? '' } : null);
      setTopicItems(c.topicItemIds.join('\n'));
      setFileUrls(c.fileUrls);
      setBlocks(c.body ? htmlToBlocks(c.body) : [{ kind: 'paragraph', text: '' }]);
      setLive(c.status === 'published' && c.publishAt !== null && c.publishAt <= Date.now());
      setUnpublishedChanges(c.hasUnpublishedChanges);
    });
  }, [params.contentId]);

  const upload = async (extensions: string[]) => {
    const picked = await pickFile(extensions);
    if (!picked) return null;
    const result = await call('admin.studyUpload', { name: picked.name, content: picked.base64 });
    if (!result.ok) {
      setErrors({ _: result.error.message });
      return null;
    }
    setFileUrls((urls) => ({ ...urls, [result.data.fileId]: result.data.url ?? '' }));
    return result.data;
  };
  const uploadLongMedia = async () => {
    const picked = await pickFile(['mp3', 'm4a', 'mp4']);
    if (!picked) return;
    const result = await uploadMedia(picked.name, picked.base64, (sent, total) =>
      setProgress(`正在上传 ${sent}/${total}…`),
    );
    setProgress(null);
    if (!result.ok) return setErrors({ media: result.message });
    setMedia(result.fileId);
  };
  const setBlock = (index: number, block: Block | null) =>
    setBlocks(blocks.flatMap((b, i) => (i === index ? (block ? [block] : []) : [b])));
  const moveBlock = (index: number, by: -1 | 1) => {
    const next = [...blocks];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(Math.max(0, Math.min(next.length, index + by)), 0, moved);
    setBlocks(next);
  };
  const addBlock = async (blockKind: BlockKind) => {
    if (blockKind !== 'image') return setBlocks([...blocks, { kind: blockKind, text: '' }]);
    const file = await upload(['jpg', 'jpeg', 'png', 'webp']);
    if (file) setBlocks([...blocks, { kind: 'image', text: `${FILE_PREFIX}${file.fileId}` }]);
  };
  const imageUrl = (ref: string) =>
    absoluteUrl(ref.startsWith(FILE_PREFIX) ? (fileUrls[ref.slice(FILE_PREFIX.length)] ?? '') : ref);

  const save = async (then: 'draft' | 'publish') => {
    setBusy(true);
    setErrors({});
    const isMedia = MEDIA_KINDS.includes(kind);
    const result = await call('admin.contentSave', {
      ...(contentId ? { contentId } : {}),
      unitId: audienceUnitId,
      kind,
      category,
      title,
      summary,
      coverFileId: cover?.ref ?? null,
      body: blocksToHtml(blocks),
      media: isMedia && media.trim() ? media.trim() : null,
      durationSeconds: isMedia && duration ? Number(duration) : null,
      topicItemIds: kind === 'topic' ? topicItems.split(/\s+/).filter(Boolean) : [],
      tags: tags
        .split(/[,，、\s]+/)
        .map((t) => t.trim())
        .filter(Boolean),
      source,
      author,
      estimatedMinutes: Number(minutes) || 0,
    });
    if (!result.ok) {
      setBusy(false);
      return setErrors(result.error.fields ?? { _: result.error.message });
    }
    setContentId(result.data.contentId);
    if (live) setUnpublishedChanges(true);
    if (then === 'publish') {
      const at = !live && publishAt.trim() ? dayjs(publishAt.trim().replace(/\//g, '-')).valueOf() : undefined;
      if (at !== undefined && Number.isNaN(at)) {
        setBusy(false);
        return setErrors({ publishAt: `请按 ${FORMAT} 填写发布时间` });
      }
      const published = await call('admin.contentPublish', {
        contentId: result.data.contentId,
        ...(at ? { publishAt: at } : {}),
      });
      if (!published.ok) {
        setBusy(false);
        return setErrors({ _: published.error.message });
      }
    }
    setBusy(false);
    const done = then === 'draft' ? '草稿已保存' : live ? '修改已发布' : '已发布';
    await Taro.showToast({ title: done, icon: 'success' });
    if (then === 'publish') void Taro.navigateBack();
  };

  if (loading)
    return (
      <PageShell>
        <LoadingView />
      </PageShell>
    );
  if (loadError)
    return (
      <PageShell>
        <ErrorView message={loadError} />
      </PageShell>
    );
  const isMedia = MEDIA_KINDS.includes(kind);
  return (
    <PageShell>
      {live ? (
        <View className="notice content__unpublished">
          {unpublishedChanges
            ? '有未发布的修改：党员看到的仍是已发布的版本，点“发布修改”后才会更新。'
            : '这篇内容已发布：保存草稿不会改变党员看到的内容，点“发布修改”后才会更新。'}
        </View>
      ) : null}
      <View className="card">
        <ChoiceField
          label="内容类型"
          value={kind}
          options={CONTENT_KINDS.map((k) => ({ value: k, label: CONTENT_KIND_LABELS[k] }))}
          onChange={setKind}
        />
        <ChoiceField
          label="栏目"
          value={category}
          options={CONTENT_CATEGORIES.map((c) => ({ value: c, label: CONTENT_CATEGORY_LABELS[c] }))}
          onChange={setCategory}
        />
        <TextField label="标题" value={title} onChange={setTitle} error={errors.title} name="content-title" />
        <TextField
          label="摘要（可选）"
          value={summary}
          onChange={setSummary}
          error={errors.summary}
          name="content-summary"
        />
        <TextField label="标签（用逗号分隔）" value={tags} onChange={setTags} error={errors.tags} name="content-tags" />
        <TextField
          label="预计学习时长（分钟）"
          value={minutes}
          onChange={setMinutes}
          type="number"
          error={errors.estimatedMinutes}
          name="content-minutes"
        />
        <TextField label="作者（可选）" value={author} onChange={setAuthor} name="content-author" />
        <TextField label="来源（可选）" value={source} onChange={setSource} name="content-source" />
        <Field label="封面图（可选）" error={errors.coverFileId}>
          <View className="row">
            {cover ? <Image className="study-card__cover" src={absoluteUrl(cover.url)} mode="aspectFill" /> : null}
            <Text
              className="tag"
              onClick={() =>
                void upload(['jpg', 'jpeg', 'png', 'webp']).then(
                  (file) => file && setCover({ ref: file.fileId, url: file.url ?? '' }),
                )
              }
            >
              {cover ? '更换封面' : '上传封面'}
            </Text>
            {cover ? (
              <Text className="tag" onClick={() => setCover(null)}>
                去掉
              </Text>
            ) : null}
          </View>
        </Field>
        {isMedia ? (
          <View>
            <TextField
              label="音视频（https 地址，或上传文件）"
              value={media}
              onChange={setMedia}
              error={errors.media}
              name="content-media"
            />
            <Text className="tag" onClick={() => void uploadLongMedia()}>
              {progress ?? '上传音视频（60 MB 以内）'}
            </Text>
            <TextField
              label="时长（秒）"
              value={duration}
              onChange={setDuration}
              type="number"
              error={errors.durationSeconds}
              name="content-duration"
            />
          </View>
        ) : null}
        {kind === 'topic' ? (
          <Field label="专题包含的内容编号（每行一个，按顺序）" error={errors.topicItemIds}>
            <Textarea className="textarea" value={topicItems} onInput={(event) => setTopicItems(event.detail.value)} />
          </Field>
        ) : null}
      </View>
      <View className="section-title">正文{kind === 'article' ? '' : '（可选）'}</View>
      {errors.body ? <View className="field__error">{errors.body}</View> : null}
      {blocks.map((block, index) => (
        <View key={index} className="card editor-block">
          <View className="row">
            <Text className="muted">{BLOCK_LABELS[block.kind]}</Text>
            <View>
              <Text className="tag" onClick={() => moveBlock(index, -1)}>
                上移
              </Text>
              <Text className="tag" onClick={() => moveBlock(index, 1)}>
                下移
              </Text>
              <Text className="tag" onClick={() => setBlock(index, null)}>
                删除
              </Text>
            </View>
          </View>
          {block.kind === 'image' ? (
            <Image className="reader__media" src={imageUrl(block.text)} mode="widthFix" />
          ) : (
            <Textarea
              className="textarea editor-block__text"
              value={block.text}
              maxlength={20000}
              autoHeight
              placeholder={BLOCK_LABELS[block.kind]}
              onInput={(event) => setBlock(index, { ...block, text: event.detail.value })}
            />
          )}
        </View>
      ))}
      <View className="chips">
        {ADDABLE.map((blockKind) => (
          <Text key={blockKind} className="chips__item" onClick={() => void addBlock(blockKind)}>
            + {BLOCK_LABELS[blockKind].replace(/（.*）/, '')}
          </Text>
        ))}
      </View>
      <View className="card">
        {live ? null : (
          <TextField
            label={`定时发布（可选，${FORMAT}，不填为立即发布）`}
            value={publishAt}
            onChange={setPublishAt}
            error={errors.publishAt}
            name="content-publish-at"
          />
        )}
        {errors._ ? <View className="field__error">{errors._}</View> : null}
        <Button className="button content__publish" disabled={busy} onClick={() => void save('publish')}>
          {busy ? '正在保存…' : live ? '发布修改' : publishAt.trim() ? '保存并定时发布' : '保存并发布'}
        </Button>
        <Button className="button button--plain content__draft" disabled={busy} onClick={() => void save('draft')}>
          保存草稿
        </Button>
      </View>
    </PageShell>
  );
}
