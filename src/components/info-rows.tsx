import { Text, View } from '@tarojs/components';

/** A card of label–value rows: how records read everywhere in the app. */
export function InfoRows({ rows, children }: { rows: Array<[string, string]>; children?: React.ReactNode }) {
  return (
    <View className="card">
      {rows.map(([label, value]) => (
        <View className="row" key={label}>
          <Text className="muted">{label}</Text>
          <Text>{value}</Text>
        </View>
      ))}
      {children}
    </View>
  );
}
