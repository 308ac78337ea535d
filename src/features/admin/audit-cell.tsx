import { Text, View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import type { AuditEntry } from '@contract/schemas/audit';
import { whenText } from '@/lib/format';

/** One timeline line of the audit log: what happened (one line), who and when below, changes underneath. */
export function AuditCell({ entry }: { entry: AuditEntry }) {
  return (
    <Cell
      className="audit-cell"
      title={
        <View className="audit-cell__main">
          <View className="audit-cell__dot" />
          <View className="audit-cell__text">
            <Text className="audit-cell__summary" data-testid="audit-summary">
              {entry.summary}
            </Text>
            <Text className="audit-cell__meta">
              {entry.actorName} · {whenText(entry.at)}
            </Text>
            {entry.changes.map((change) => (
              <Text className="audit-cell__change" key={change.field}>
                {change.field}：{change.before ?? '（空）'} → {change.after ?? '（空）'}
              </Text>
            ))}
          </View>
        </View>
      }
    />
  );
}
