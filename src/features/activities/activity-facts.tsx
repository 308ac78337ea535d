import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import { ArrowRight, Clock, Home, Location } from '@nutui/icons-react-taro';
import { CANCEL_POLICY_LABELS } from '@contract/labels';
import type { ActivityDetail } from '@contract/schemas/activities';
import { timeRangeText, whenText } from '@/lib/format';
import { colors } from '@/theme/tokens';

function IconTile({ children }: { children: React.ReactNode }) {
  return <View className="fact-icon">{children}</View>;
}

function Fact({ icon, main, sub }: { icon: React.ReactNode; main: string; sub?: string }) {
  return (
    <View className="fact">
      <IconTile>{icon}</IconTile>
      <View className="fact__text">
        <Text className="fact__main">{main}</Text>
        {sub ? <Text className="fact__sub">{sub}</Text> : null}
      </View>
    </View>
  );
}

/** When, where and by whom, as icon rows; the place opens the map where the platform has one. */
export function ActivityFacts({ activity }: { activity: ActivityDetail }) {
  const { latitude, longitude } = activity.place;
  const canNavigate = process.env.TARO_ENV === 'weapp' && latitude !== undefined && longitude !== undefined;
  const navigate = () => {
    if (latitude === undefined || longitude === undefined) return;
    void Taro.openLocation({ latitude, longitude, name: activity.place.text, scale: 16 });
  };
  return (
    <CellGroup className="activity-facts">
      <Cell
        align="center"
        title={
          <Fact
            icon={<Clock size={18} color={colors.primary} />}
            main={timeRangeText(activity.startAt, activity.endAt)}
            sub={`报名截止 ${whenText(activity.signupClosesAt)}`}
          />
        }
      />
      <Cell
        align="center"
        title={<Fact icon={<Location size={18} color={colors.primary} />} main={activity.place.text} />}
        extra={
          canNavigate ? (
            <Text className="fact__action">
              导航 <ArrowRight size={12} color={colors.primary} />
            </Text>
          ) : undefined
        }
        onClick={canNavigate ? navigate : undefined}
      />
      <Cell
        align="center"
        title={
          <Fact
            icon={<Home size={18} color={colors.primary} />}
            main={activity.organiserName}
            sub={[CANCEL_POLICY_LABELS[activity.cancelPolicy], activity.approvalRequired ? '报名需审核' : '']
              .filter(Boolean)
              .join(' · ')}
          />
        }
      />
    </CellGroup>
  );
}
