import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, NoticeBar } from '@nutui/nutui-react-taro';
import {
  PUBLICITY_KIND_LABELS,
  PUBLICITY_KINDS,
  PUBLICITY_MIN_DAYS,
  type PublicityKind,
} from '@contract/publicity-labels';
import { BottomBar } from '@/components/bottom-bar';
import { DateTimeField } from '@/components/date-time-field';
import { Field, FieldGroup, TextField } from '@/components/form';
import { BlockEditor } from '@/features/admin-study/block-editor';
import { blocksToHtml, type Block } from '@/features/study/blocks';
import { call } from '@/lib/api-client';
import { pickFile } from '@/lib/platform/files';
import { absoluteUrl } from '@/lib/transport';
import { useRouteForm } from '@/lib/use-route-form';

export interface PublicityValues extends Record<string, unknown> {
  kind: PublicityKind | '';
  title: string;
  body: Block[];
  startsAt: number | null;
  endsAt: number | null;
}

export const EMPTY_PUBLICITY: PublicityValues = {
  kind: '',
  title: '',
  body: [{ kind: 'paragraph', text: '' }],
  startsAt: null,
  endsAt: null,
};

const FILE_PREFIX = 'zhdj-file:';
const DAY = 86_400_000;

function validate(v: PublicityValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.kind) errors.kind = '请选择公示类别';
  if (v.startsAt === null) errors.startsAt = '请选择开始时间';
  if (v.endsAt === null) errors.endsAt = '请选择结束时间';
  else if (v.startsAt !== null && v.endsAt <= v.startsAt) errors.endsAt = '结束时间要晚于开始时间';
  return errors;
}

/** 发布公示 (or change one that has not opened yet): kind, title, body, and the period members see it. */
export function PublicityForm({
  unitId,
  publicityId,
  initial,
  onDone,
}: {
  unitId: string;
  publicityId?: string;
  initial: PublicityValues;
  onDone: () => void;
}) {
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [fileUrls, setFileUrls] = useState<Record<string, string>>({});
  const form = useRouteForm(publicityId ? 'admin.publicityUpdate' : ('admin.publicityCreate' as const), {
    initial,
    validate,
    toInput: (v) => {
      const fields = {
        kind: v.kind as PublicityKind,
        title: v.title,
        body: blocksToHtml(v.body),
        startsAt: v.startsAt ?? 0,
        endsAt: v.endsAt ?? 0,
      };
      return (publicityId ? { publicityId, ...fields } : { unitId, ...fields }) as never;
    },
    successToast: publicityId ? '已保存修改' : '公示已发布',
    onDone,
  });
  const { values, set, errors } = form;
  const addImage = async () => {
    const picked = await pickFile(['jpg', 'jpeg', 'png']);
    if (!picked) return;
    const result = await call('admin.noticeUpload', { unitId, name: picked.name, content: picked.base64 });
    setUploadError(result.ok ? null : result.error.message);
    if (!result.ok) return;
    setFileUrls((urls) => ({ ...urls, [result.data.fileId]: result.data.url ?? '' }));
    set('body', [...values.body, { kind: 'image', text: `${FILE_PREFIX}${result.data.fileId}` }]);
  };
  const imageUrl = (ref: string) =>
    absoluteUrl(ref.startsWith(FILE_PREFIX) ? (fileUrls[ref.slice(FILE_PREFIX.length)] ?? '') : ref);
  const message = uploadError ?? form.formMessage;
  const minDays = values.kind ? PUBLICITY_MIN_DAYS[values.kind] : null;
  // Choosing the kind proposes its shortest period from now; the secretary can still change either end.
  const chooseKind = (kind: PublicityKind) => {
    set('kind', kind);
    const startsAt = values.startsAt ?? Date.now();
    if (values.startsAt === null) set('startsAt', startsAt);
    if (values.endsAt === null) set('endsAt', startsAt + PUBLICITY_MIN_DAYS[kind] * DAY);
  };

  return (
    <View data-testid="publicity-form">
      {message ? <NoticeBar content={message} wrap /> : null}
      <FieldGroup>
        <Field label="公示类别" error={errors.kind}>
          <View className="publicity-chips">
            {PUBLICITY_KINDS.map((kind) => (
              <Button
                key={kind}
                size="small"
                type="primary"
                fill={values.kind === kind ? 'solid' : 'outline'}
                onClick={() => chooseKind(kind)}
              >
                {PUBLICITY_KIND_LABELS[kind]}
              </Button>
            ))}
          </View>
        </Field>
        <TextField
          label="标题"
          value={values.title}
          onChange={(title) => set('title', title)}
          error={errors.title}
          maxlength={60}
          name="publicity-title"
          placeholder="例如：关于张三同志列为发展对象的公示"
        />
        <DateTimeField
          label="开始时间"
          value={values.startsAt}
          onChange={(at) => set('startsAt', at)}
          min={Date.now()}
          error={errors.startsAt}
          testId="publicity-starts"
        />
        <DateTimeField
          label="结束时间"
          value={values.endsAt}
          onChange={(at) => set('endsAt', at)}
          min={values.startsAt ?? Date.now()}
          error={errors.endsAt}
          testId="publicity-ends"
        />
      </FieldGroup>
      {minDays ? (
        <Text className="publicity-private">
          {PUBLICITY_KIND_LABELS[values.kind as PublicityKind]}至少公示 {minDays} 天；开始后不能再修改，只能撤回。
        </Text>
      ) : null}
      <View className="publicity-form__section">
        <Field label="公示内容" error={errors.body}>
          <BlockEditor
            blocks={values.body}
            onChange={(blocks) => set('body', blocks)}
            onAddImage={() => void addImage()}
            imageUrl={imageUrl}
          />
        </Field>
      </View>
      <BottomBar>
        <Button type="primary" block loading={form.busy} onClick={() => void form.submit()}>
          {publicityId ? '保存修改' : '发布公示'}
        </Button>
      </BottomBar>
    </View>
  );
}
