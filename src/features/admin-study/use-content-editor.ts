import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { RouteOutput } from '@contract/contract';
import { call } from '@/lib/api-client';
import { pickFile } from '@/lib/platform/files';
import { useRouteForm } from '@/lib/use-route-form';
import { contentToValues, emptyContent, valuesToInput, type ContentValues } from './content-values';

const IMAGE_TYPES = ['jpg', 'jpeg', 'png', 'webp'];

/**
 * The content editor's state: the record loaded into the form, uploads, and save-then-publish. Once members
 * can read an item (`live`), saving keeps a draft beside what they read until it is published.
 */
export function useContentEditor(unitId: string, contentId: string | undefined, onPublished: () => void) {
  const [loaded, setLoaded] = useState<{ status: 'loading' | 'ready' } | { status: 'error'; message: string }>({
    status: contentId ? 'loading' : 'ready',
  });
  const [fileUrls, setFileUrls] = useState<Record<string, string>>({});
  const [live, setLive] = useState(false);
  const [unpublishedChanges, setUnpublishedChanges] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [publishError, setPublishError] = useState<string | null>(null);
  const form = useRouteForm('admin.contentSave', { initial: emptyContent(unitId), toInput: valuesToInput });
  const { reset } = form;

  const load = (record: RouteOutput<'admin.contentGet'>) => {
    reset(contentToValues(record));
    setFileUrls(record.fileUrls);
    setLive(record.status === 'published' && record.publishAt !== null && record.publishAt <= Date.now());
    setUnpublishedChanges(record.hasUnpublishedChanges);
    setLoaded({ status: 'ready' });
  };
  useEffect(() => {
    if (!contentId) return;
    void call('admin.contentGet', { contentId }).then((result) =>
      result.ok ? load(result.data) : setLoaded({ status: 'error', message: result.error.message }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads once per record
  }, [contentId]);

  const uploadImage = async () => {
    const picked = await pickFile(IMAGE_TYPES);
    if (!picked) return null;
    const result = await call('admin.studyUpload', { name: picked.name, content: picked.base64 });
    if (!result.ok) {
      setUploadError(result.error.message);
      return null;
    }
    setUploadError(null);
    setFileUrls((urls) => ({ ...urls, [result.data.fileId]: result.data.url ?? '' }));
    return { ref: result.data.fileId, url: result.data.url ?? '' };
  };

  const save = async (then: 'draft' | 'publish') => {
    setPublishError(null);
    const saved = await form.submit();
    if (!saved) return;
    reset({ ...form.values, contentId: saved.contentId });
    if (live) setUnpublishedChanges(true);
    if (then === 'draft') {
      void Taro.showToast({ title: '草稿已保存', icon: 'success' });
      return;
    }
    const at = !live && form.values.publishAt ? form.values.publishAt : undefined;
    const published = await call('admin.contentPublish', {
      contentId: saved.contentId,
      ...(at ? { publishAt: at } : {}),
    });
    if (!published.ok) return setPublishError(published.error.message);
    void Taro.showToast({ title: live ? '修改已发布' : at ? '已定时发布' : '已发布', icon: 'success' });
    onPublished();
  };

  return { form, loaded, fileUrls, live, unpublishedChanges, uploadImage, uploadError, publishError, save };
}

export type ContentEditor = ReturnType<typeof useContentEditor>;
export type { ContentValues };
