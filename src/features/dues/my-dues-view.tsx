import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, Tag } from '@nutui/nutui-react-taro';
import { DUES_CATEGORY_LABELS, DUES_PAY_METHOD_LABELS } from '@contract/dues-brackets';
import { EmptyView } from '@/components/state-views';
import { SectionHeader } from '@/components/section-header';
import { dateText, shortDateText } from '@/lib/format';
import { DuesFigures } from './dues-figures';
import type { MyDuesData } from './labels';
import { monthText, shortMonthText, yuanText } from './money';

/** What I owe now, with the way to pay it. */
function ArrearsCard({ data, paying, onPay }: { data: MyDuesData; paying: boolean; onPay: () => void }) {
  const { arrears, profile } = data;
  return (
    <View className="card dues-hero" data-testid="dues-arrears">
      {arrears.totalFen > 0 ? (
        <>
          <Text className="dues-hero__label">待缴党费（{arrears.months.map(shortMonthText).join('、')}）</Text>
          <Text className="dues-hero__amount">{yuanText(arrears.totalFen)} 元</Text>
          {data.onlinePay ? (
            <Button block type="primary" loading={paying} disabled={paying} onClick={onPay}>
              立即缴纳
            </Button>
          ) : (
            <Text className="dues-hero__meta">请向支部现金或转账缴纳，支部记录后这里会显示已缴。</Text>
          )}
        </>
      ) : (
        <Text className="dues-hero__amount dues-hero__amount--clear">党费已缴清</Text>
      )}
      {profile ? (
        <Text className="dues-hero__meta">
          {DUES_CATEGORY_LABELS[profile.category]} · 每月 {yuanText(profile.monthlyDueFen)} 元 · 基数核定于
          {dateText(profile.reviewedAt)}
        </Text>
      ) : (
        <Text className="dues-hero__meta">支部还没有为您设定党费基数，设定后每月会生成应缴记录。</Text>
      )}
    </View>
  );
}

/** 我的党费: arrears and paying, then the year statement month by month. */
export function MyDuesView({
  data,
  paying,
  onPay,
  yearStepper,
}: {
  data: MyDuesData;
  paying: boolean;
  onPay: () => void;
  /** Switches the statement's year; shown under what is owed, which is always the whole of it. */
  yearStepper: ReactNode;
}) {
  return (
    <>
      <ArrearsCard data={data} paying={paying} onPay={onPay} />
      {yearStepper}
      <SectionHeader title={`${data.year}年缴纳明细`} />
      <DuesFigures
        testId="dues-year-figures"
        figures={[
          { label: '应缴（元）', value: yuanText(data.yearDueFen) },
          { label: '已缴（元）', value: yuanText(data.yearPaidFen), strong: true },
          { label: '已缴月数', value: `${data.months.filter((m) => m.state === 'paid').length}` },
        ]}
      />
      {data.months.length === 0 ? (
        <EmptyView message={`${data.year}年还没有党费记录`} hint="支部设定党费基数后，每月会生成应缴记录。" />
      ) : (
        <CellGroup className="row-list" data-testid="dues-statement">
          {data.months.map((month) => (
            <Cell key={month.month}>
              <View className="dues-row" data-testid="dues-month">
                <View className="dues-row__main">
                  <Text className="dues-row__title">{monthText(month.month)}</Text>
                  <Text className="dues-row__meta">
                    {month.state === 'paid' && month.paidAt !== null
                      ? `${month.method ? DUES_PAY_METHOD_LABELS[month.method] : ''} · ${shortDateText(month.paidAt)}缴纳`
                      : '尚未缴纳'}
                  </Text>
                </View>
                <Text className="dues-row__amount">{yuanText(month.dueFen)} 元</Text>
                <Tag type={month.state === 'paid' ? 'success' : 'danger'}>
                  {month.state === 'paid' ? '已缴' : '未缴'}
                </Tag>
              </View>
            </Cell>
          ))}
        </CellGroup>
      )}
    </>
  );
}
