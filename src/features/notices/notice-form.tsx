import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, NoticeBar, Switch } from '@nutui/nutui-react-taro';
import { Del } from '@nutui/icons-react-taro';
import type { NoticeAttachment } from '@contract/schemas/notices';
import { BottomBar } from '@/components/bottom-bar';
import { DateTimeField } from '@/components/date-time-field';
import { Field, FieldGroup, TextField } from '@/components/form';
import { BlockEditor } from '@/features/admin-study/block-editor';
import { blocksToHtml, type Block } from '@/features/study/blocks';
import { call } from '@/lib/api-client';
import { pickFile } from '@/lib/platform/files';
import { absoluteUrl } from '@/lib/transport';
import { useRouteForm } from '@/lib/use-route-form';
import { colors } from '@/theme/tokens';
import { AudiencePicker, type AudienceValue } from './audience-picker';

export interface NoticeValues extends Record<string, unknown> {
  title: string;
  /** The body as the block editor holds it (named as the route's field, so its error clears on change). */
  body: Block[];
  audience: AudienceValue;
  attachments: NoticeAttachment[];
  mustRead: boolean;
  deadline: number | null;
  expiresAt: number | null;
  pinned: boolean;
}

export const EMPTY_NOTICE: NoticeValues = {
  title: '',
  body: [{ kind: 'paragraph', text: '' }],
  audience: { kind: 'subtree', unitIds: [], members: [] },
  attachments: [],
  mustRead: false,
  deadline: null,
  expiresAt: null,
  pinned: false,
};

const FILE_PREFIX = 'zhdj-file:';
const DOCUMENT_EXTENSIONS = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'jpg', 'jpeg', 'png'];
const kindOf = (name: string): NoticeAttachment['kind'] => {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  if (ext === 'pdf') return 'pdf';
  if (ext.startsWith('doc')) return 'doc';
  if (ext.startsWith('xls')) return 'xls';
  return 'image';
};

function fields(values: NoticeValues) {
  return {
    title: values.title,
    body: blocksToHtml(values.body),
    attachments: values.attachments,
    mustRead: values.mustRead,
    deadline: values.mustRead ? values.deadline : null,
    expiresAt: values.expiresAt,
    pinned: values.pinned,
  };
}

function audienceOf({ kind, unitIds, members }: AudienceValue) {
  if (kind === 'units') return { kind, unitIds };
  if (kind === 'members') return { kind, memberIds: members.map((member) => member.memberId) };
  return { kind };
}

/** 发布通知 (or change one already published: its audience stays as published). */
export function NoticeForm({
  unitId,
  noticeId,
  initial,
  onDone,
}: {
  unitId: string;
  noticeId?: string;
  initial: NoticeValues;
  onDone: () => void;
}) {
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [fileUrls, setFileUrls] = useState<Record<string, string>>({});
  const form = useRouteForm(noticeId ? 'admin.noticeEdit' : ('admin.noticePublish' as const), {
    initial,
    toInput: (values) =>
      (noticeId
        ? { noticeId, ...fields(values) }
        : { unitId, audience: audienceOf(values.audience), ...fields(values) }) as never,
    successToast: noticeId ? '已保存修改' : '通知已发布',
    onDone,
  });
  const { values, set, errors } = form;

  const upload = async (extensions: string[]) => {
    const picked = await pickFile(extensions);
    if (!picked) return null;
    const result = await call('admin.noticeUpload', { unitId, name: picked.name, content: picked.base64 });
    setUploadError(result.ok ? null : result.error.message);
    if (!result.ok) return null;
    setFileUrls((urls) => ({ ...urls, [result.data.fileId]: result.data.url ?? '' }));
    return { fileId: result.data.fileId, name: picked.name };
  };
  const addImage = async () => {
    const file = await upload(['jpg', 'jpeg', 'png']);
    if (file) set('body', [...values.body, { kind: 'image', text: `${FILE_PREFIX}${file.fileId}` }]);
  };
  const addAttachment = async () => {
    const file = await upload(DOCUMENT_EXTENSIONS);
    if (file) set('attachments', [...values.attachments, { ...file, kind: kindOf(file.name) }]);
  };
  const imageUrl = (ref: string) =>
    absoluteUrl(ref.startsWith(FILE_PREFIX) ? (fileUrls[ref.slice(FILE_PREFIX.length)] ?? '') : ref);
  const message = uploadError ?? form.formMessage;

  return (
    <View className="notice-form" data-testid="notice-form">
      {message ? <NoticeBar content={message} wrap /> : null}
      <FieldGroup>
        <TextField
          label="标题"
          value={values.title}
          onChange={(title) => set('title', title)}
          error={errors.title}
          maxlength={60}
          name="notice-title"
          placeholder="例如：关于开展主题党日活动的通知"
        />
        {noticeId ? null : (
          <AudiencePicker
            unitId={unitId}
            value={values.audience}
            onChange={(audience) => set('audience', audience)}
            error={errors.audience}
          />
        )}
      </FieldGroup>
      <View className="notice-form__section">
        <Field label="正文" error={errors.body}>
          <BlockEditor
            blocks={values.body}
            onChange={(blocks) => set('body', blocks)}
            onAddImage={() => void addImage()}
            imageUrl={imageUrl}
          />
        </Field>
      </View>
      <CellGroup title="附件">
        {values.attachments.map((file, index) => (
          <Cell
            key={file.fileId}
            title={<Text className="notice-reader__file">{file.name}</Text>}
            extra={
              <View
                role="button"
                aria-label={`删除附件${file.name}`}
                onClick={() =>
                  set(
                    'attachments',
                    values.attachments.filter((_, i) => i !== index),
                  )
                }
              >
                <Del size={18} color={colors.text2} />
              </View>
            }
          />
        ))}
        <Cell>
          <View className="notice-form__pick">
            <Button size="small" fill="outline" type="primary" onClick={() => void addAttachment()}>
              添加附件
            </Button>
            <Text className="notice-form__hint">PDF、Word、Excel 或图片，每个不超过 1 MB</Text>
          </View>
        </Cell>
      </CellGroup>
      <FieldGroup>
        <Cell
          title="必读（党员需点“已阅”确认）"
          extra={
            <View data-testid="notice-must-read">
              <Switch checked={values.mustRead} onChange={(on) => set('mustRead', on)} />
            </View>
          }
        />
        {values.mustRead ? (
          <DateTimeField
            label="确认期限"
            value={values.deadline}
            onChange={(at) => set('deadline', at)}
            min={Date.now()}
            error={errors.deadline}
            placeholder="不设期限"
            testId="notice-deadline"
          />
        ) : null}
        <DateTimeField
          label="到期时间（到期后不再显示）"
          value={values.expiresAt}
          onChange={(at) => set('expiresAt', at)}
          min={Date.now()}
          error={errors.expiresAt}
          placeholder="不到期"
        />
        <Cell
          title="置顶"
          extra={
            <View data-testid="notice-pinned">
              <Switch checked={values.pinned} onChange={(on) => set('pinned', on)} />
            </View>
          }
        />
      </FieldGroup>
      <BottomBar>
        <Button type="primary" block loading={form.busy} onClick={() => void form.submit()}>
          {noticeId ? '保存修改' : '发布通知'}
        </Button>
      </BottomBar>
    </View>
  );
}
