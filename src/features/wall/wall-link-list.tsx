import Taro from '@tarojs/taro';
import { Button, Cell, CellGroup, Tag } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { WallLink } from '@contract/schemas/wall';
import { EmptyView } from '@/components/state-views';
import { call } from '@/lib/api-client';
import { dateTimeText } from '@/lib/format';
import { copyText } from '@/lib/platform/wechat-extras';
import { wallUrl } from './wall-url';

function statusOf(link: WallLink, now: number): { text: string; type: 'success' | 'default' | 'danger' } {
  if (link.revokedAt !== null) return { text: '已撤销', type: 'danger' };
  return link.expiresAt > now ? { text: '有效', type: 'success' } : { text: '已过期', type: 'default' };
}

async function copyLink(link: WallLink) {
  if (await copyText(wallUrl(link.token))) void Taro.showToast({ title: '链接已复制', icon: 'success' });
}

async function revoke(unitId: string, link: WallLink, onChanged: () => void) {
  const { confirm } = await Taro.showModal({
    title: '撤销这条大屏链接？',
    content: '撤销后，正在使用这条链接的大屏会立即停止显示数据。',
    confirmText: '撤销',
    confirmColor: '#C8161D',
  });
  if (!confirm) return;
  const result = await call('admin.wallLinkRevoke', { unitId, linkId: link.linkId });
  void Taro.showToast({ title: result.ok ? '已撤销' : result.error.message, icon: result.ok ? 'success' : 'none' });
  onChanged();
}

/** The unit's links, newest first: each with its expiry, and 复制链接 / 撤销 while it is live. */
export function WallLinkList({
  unitId,
  links,
  now,
  onChanged,
}: {
  unitId: string;
  links: WallLink[];
  now: number;
  onChanged: () => void;
}) {
  if (links.length === 0)
    return <EmptyView message="还没有生成过大屏链接" hint="在上方选好有效时长，点“生成大屏链接”。" />;
  return (
    <CellGroup className="wall-links" divider>
      {links.map((link) => {
        const status = statusOf(link, now);
        const live = status.text === '有效';
        return (
          <Cell key={link.linkId} className="wall-link" data-testid="wall-link">
            <View className="wall-link__body">
              <View className="wall-link__head">
                <Text className="wall-link__expiry">{`有效期至 ${dateTimeText(link.expiresAt, now)}`}</Text>
                <Tag type={status.type}>{status.text}</Tag>
              </View>
              <Text className="muted">{`${link.createdByName} 生成于 ${dateTimeText(link.createdAt, now)}`}</Text>
              {live ? (
                <View className="wall-link__actions">
                  <Button size="small" type="primary" onClick={() => void copyLink(link)}>
                    复制链接
                  </Button>
                  <Button size="small" fill="outline" onClick={() => void revoke(unitId, link, onChanged)}>
                    撤销
                  </Button>
                </View>
              ) : null}
            </View>
          </Cell>
        );
      })}
    </CellGroup>
  );
}
