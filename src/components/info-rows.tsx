import { Cell, CellGroup } from '@nutui/nutui-react-taro';

/** A card of label–value rows: how records read everywhere in the app. */
export function InfoRows({ rows, children }: { rows: Array<[string, string]>; children?: React.ReactNode }) {
  return (
    <CellGroup className="info-rows">
      {rows.map(([label, value]) => (
        <Cell key={label} title={label} extra={value} className="info-rows__row" />
      ))}
      {children}
    </CellGroup>
  );
}
