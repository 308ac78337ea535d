import { Text, View } from '@tarojs/components';
import { Cell, Tag } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import type { SurveyState } from '@contract/schemas/surveys';
import { whenText } from '@/lib/format';
import { colors } from '@/theme/tokens';

/** A questionnaire's state as a tag: for a member 待填写 / 已填写 while open; for an admin 进行中. */
export function surveyStateTag(state: SurveyState, responded: boolean | undefined) {
  if (state === 'open') {
    if (responded) return { text: '已填写', background: colors.successTint, color: colors.success };
    return { text: responded === undefined ? '进行中' : '待填写', background: colors.primary, color: '#FFFFFF' };
  }
  if (state === 'draft') return { text: '草稿', background: colors.track, color: colors.text2 };
  if (state === 'upcoming') return { text: '未开始', background: colors.goldTint, color: colors.goldText };
  return { text: '已结束', background: colors.track, color: colors.text2 };
}

/** A questionnaire in a list: state and title, then who asks, named or anonymous, and when it closes. */
export function SurveyRow({
  survey,
  responded,
  extra,
  onOpen,
}: {
  survey: { title: string; unitName: string; anonymous: boolean; state: SurveyState; closesAt: number };
  responded?: boolean;
  extra?: string;
  onOpen: () => void;
}) {
  const { text, ...tagColors } = surveyStateTag(survey.state, responded);
  return (
    <Cell
      align="center"
      onClick={onOpen}
      title={
        <View className="survey-row" data-testid="survey-row">
          <View className="survey-row__line">
            <Tag {...tagColors}>{text}</Tag>
            <Text className="survey-row__title">{survey.title}</Text>
          </View>
          <Text className="survey-row__meta">
            {[survey.unitName, survey.anonymous ? '匿名' : '实名'].join(' · ')}
            {' · '}
            <Text className="survey-row__when">{whenText(survey.closesAt)} 截止</Text>
            {extra ? ` · ${extra}` : null}
          </Text>
        </View>
      }
      extra={<ArrowRight size={14} color={colors.text3} />}
    />
  );
}
