import Taro from '@tarojs/taro';
import { Badge, Cell, CellGroup } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import type { MemberCard } from '@contract/schemas/members';
import { ElderModeSwitch } from '@/features/elder-mode/elder-mode-switch';
import { openPage } from '@/lib/pages';
import { signOut } from '@/lib/session-end';
import { usesCloud } from '@/lib/transport';
import { colors } from '@/theme/tokens';

const arrow = <ArrowRight size={14} color={colors.text3} />;

/** Signing out ends every session of the member, so it asks first (the platform's own dialog: no kit weight). */
async function confirmSignOut() {
  const { confirm } = await Taro.showModal({
    title: '退出登录？',
    content: '退出后，您在所有设备上的登录都会结束，需要重新登录。',
    confirmText: '退出登录',
    confirmColor: '#C8161D',
    cancelText: '取消',
  });
  if (confirm) await signOut();
}

/** 我的's rows in three groups (study, organisation life, the branch's exchange), settings and, for admins, the console. */
export function MeMenu({
  card,
  adminPending,
  onDossier,
  onPrivacy,
}: {
  card: MemberCard;
  adminPending: number;
  onDossier: () => void;
  onPrivacy: () => void;
}) {
  return (
    <>
      <CellGroup title="学习与活动">
        <Cell title="学习报告" extra={arrow} clickable onClick={() => openPage('reportLearning')} />
        <Cell title="积分与规则" extra={arrow} clickable onClick={() => openPage('studyPoints')} />
        <Cell title="我的活动" extra={arrow} clickable onClick={() => openPage('activity')} />
        <Cell title="我的心得" extra={arrow} clickable onClick={() => openPage('studyNotes')} />
        <Cell title="我的收藏" extra={arrow} clickable onClick={() => openPage('studyMine', { view: 'favorites' })} />
        <Cell title="答题记录" extra={arrow} clickable onClick={() => openPage('quizHistory')} />
      </CellGroup>
      <CellGroup title="组织生活">
        <Cell title="我的档案" extra={arrow} clickable onClick={onDossier} />
        <Cell title="我的发展进程" extra={arrow} clickable onClick={() => openPage('developMine')} />
        <Cell title="组织关系与志愿时长" extra={arrow} clickable onClick={() => openPage('transferMine')} />
        <Cell title="我的党费" extra={arrow} clickable onClick={() => openPage('duesMine')} />
        <Cell title="我的考核" extra={arrow} clickable onClick={() => openPage('assessMine')} />
        <Cell title="民主评议" extra={arrow} clickable onClick={() => openPage('reviewMine')} />
      </CellGroup>
      <CellGroup title="支部交流">
        <Cell title="通知公告" extra={arrow} clickable onClick={() => openPage('noticeList')} />
        <Cell title="公示栏" extra={arrow} clickable onClick={() => openPage('publicityList')} />
        <Cell title="交流园地" extra={arrow} clickable onClick={() => openPage('forumBoard')} />
        <Cell title="意见建议" extra={arrow} clickable onClick={() => openPage('engageSuggest')} />
        <Cell title="我的任务" extra={arrow} clickable onClick={() => openPage('engageTasks')} />
      </CellGroup>
      {card.role !== 'member' ? (
        <CellGroup title="管理">
          <Cell
            title="管理后台"
            description="审核、党员、活动与学习的管理"
            extra={adminPending ? <Badge value={adminPending} max={99} /> : arrow}
            clickable
            onClick={() => openPage('admin')}
          />
        </CellGroup>
      ) : null}
      <CellGroup title="设置">
        <ElderModeSwitch />
        <Cell
          title="隐私与数据"
          description="我的信息怎样使用，下载我的数据"
          extra={arrow}
          clickable
          onClick={onPrivacy}
        />
        {usesCloud ? null : (
          <Cell title="退出登录" className="me__sign-out" clickable onClick={() => void confirmSignOut()} />
        )}
      </CellGroup>
    </>
  );
}
