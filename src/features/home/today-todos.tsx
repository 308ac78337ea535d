import type { ReactNode } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { Button, Progress, Tag } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import type { MeHome } from '@contract/schemas/home';
import { SectionHeader } from '@/components/section-header';
import { shortDateText, whenText } from '@/lib/format';
import { openPage } from '@/lib/pages';
import { ActivityTodo } from './activity-todo';
import { ENTRY_ICONS, type EntryIconName } from './entry-icon';
import { colors } from '@/theme/tokens';

type Today = MeHome['today'];

/** A to-do card: icon tile, title and a line under it, what stands on the right, then anything below. */
function TodoCard(props: {
  icon: EntryIconName;
  title: string;
  line: string;
  side?: ReactNode;
  children?: ReactNode;
  testId?: string;
}) {
  return (
    <View className="card todo" data-testid={props.testId}>
      <View className="todo__head">
        <View className="todo__tile">
          <Image className="todo__icon" src={ENTRY_ICONS[props.icon]} mode="aspectFit" />
        </View>
        <View className="todo__text">
          <Text className="todo__title">{props.title}</Text>
          <Text className="todo__line">{props.line}</Text>
        </View>
        {props.side}
      </View>
      {props.children}
    </View>
  );
}

/** The next step of a card: a red text link normally, a full-width 52 px button in 长辈模式. */
function TodoAction({ label, onClick, elder }: { label: string; onClick: () => void; elder: boolean }) {
  if (elder) {
    return (
      <Button type="primary" block className="todo__button" onClick={onClick}>
        {label}
      </Button>
    );
  }
  return (
    <View className="todo__link" role="button" onClick={onClick}>
      <Text>{label}</Text>
      <ArrowRight size={12} />
    </View>
  );
}

function StudyTodo({ minutes, goal, elder }: { minutes: number; goal: number; elder: boolean }) {
  const left = Math.max(0, goal - minutes);
  return (
    <TodoCard
      icon="study"
      title="今日学习"
      line={left > 0 ? `还差 ${left} 分钟完成今日目标` : '今日目标已完成'}
      testId="todo-study"
      side={
        <Text className="todo__figure">
          <Text className="todo__number">{minutes}</Text> / {goal} 分钟
        </Text>
      }
    >
      <Progress
        className="todo__progress"
        color={colors.primary}
        background={colors.track}
        percent={goal > 0 ? Math.min(100, Math.round((minutes / goal) * 100)) : 100}
        ariaLabel={`今日学习 ${minutes} 分钟，目标 ${goal} 分钟`}
      />
      {elder && left > 0 ? <TodoAction label="继续学习" onClick={() => openPage('study')} elder /> : null}
    </TodoCard>
  );
}

function QuizTodo({ questions, elder }: { questions: number; elder: boolean }) {
  return (
    <TodoCard icon="quiz" title="每日答题" line={`${questions} 题 · 还没有完成`} testId="todo-quiz">
      <View className="todo__foot">
        {elder ? null : (
          <Tag type="warning" plain>
            未完成
          </Tag>
        )}
        <TodoAction label="去答题" onClick={() => openPage('quizTake', { start: 'daily' })} elder={elder} />
      </View>
    </TodoCard>
  );
}

function VotesTodo({ votes, now, elder }: { votes: Today['votes']; now: number; elder: boolean }) {
  const first = votes[0]!;
  const open = () => (votes.length === 1 ? openPage('voteDetail', { voteId: first.voteId }) : openPage('voteIndex'));
  return (
    <TodoCard icon="vote" title="投票" line={`${whenText(first.endAt, now)} 截止`} testId="todo-votes">
      <View className="todo__foot">
        {elder ? null : <Tag type="danger" plain>{`${votes.length} 项待投`}</Tag>}
        <TodoAction label="去投票" onClick={open} elder={elder} />
      </View>
    </TodoCard>
  );
}

function PlanTodo({ plan, now, elder }: { plan: Today['plansDue'][number]; now: number; elder: boolean }) {
  return (
    <TodoCard
      icon="study"
      title={plan.title}
      line={`${shortDateText(plan.dueAt, now)} 截止 · 已完成 ${plan.done}/${plan.total}`}
      testId="todo-plan"
    >
      <Progress className="todo__progress" percent={plan.total ? Math.round((plan.done / plan.total) * 100) : 0} />
      <View className="todo__foot todo__foot--end">
        <TodoAction label="继续学习" onClick={() => openPage('studyPlans')} elder={elder} />
      </View>
    </TodoCard>
  );
}

function MustReadTodo({ notice, now, elder }: { notice: NonNullable<Today['mustRead']>; now: number; elder: boolean }) {
  const by = notice.deadline ? `请于 ${shortDateText(notice.deadline, now)} 前` : '请尽快';
  return (
    <TodoCard icon="notice" title={`必读通知：${notice.title}`} line={`${by}确认已阅`} testId="todo-must-read">
      <TodoAction
        label="去确认"
        onClick={() => openPage('noticeDetail', { noticeId: notice.noticeId })}
        elder={elder}
      />
    </TodoCard>
  );
}

/** How many things wait today besides the study goal. */
export function todoCount(today: Today): number {
  const studyLeft = today.studyMinutes < today.studyGoalMinutes ? 1 : 0;
  return (
    studyLeft +
    (today.dailyQuiz.done ? 0 : 1) +
    today.votes.length +
    (today.mustRead ? 1 : 0) +
    today.plansDue.length +
    today.activities.filter((activity) => !activity.checkedIn).length
  );
}

/** 今日待办: the study goal, a must-read notice to confirm, the daily quiz, votes, plans due and my activities. */
export function TodayTodos({ today, serverNow, elder }: { today: Today; serverNow: number; elder: boolean }) {
  const count = todoCount(today);
  const quiz = today.dailyQuiz.done ? null : <QuizTodo questions={today.dailyQuiz.questionCount} elder={elder} />;
  const votes = today.votes.length ? <VotesTodo votes={today.votes} now={serverNow} elder={elder} /> : null;
  return (
    <View className="todos" data-testid="today-todos">
      <SectionHeader title="今日待办" extra={count ? `${count} 项` : '都完成了'} />
      <StudyTodo minutes={today.studyMinutes} goal={today.studyGoalMinutes} elder={elder} />
      {today.mustRead ? <MustReadTodo notice={today.mustRead} now={serverNow} elder={elder} /> : null}
      {quiz && votes && !elder ? (
        <View className="todos__pair">
          {quiz}
          {votes}
        </View>
      ) : (
        <>
          {quiz}
          {votes}
        </>
      )}
      {today.activities.map((activity) => (
        <ActivityTodo key={activity.activityId} activity={activity} serverNow={serverNow} elder={elder} />
      ))}
      {today.plansDue.map((plan) => (
        <PlanTodo key={plan.planId} plan={plan} now={serverNow} elder={elder} />
      ))}
    </View>
  );
}
