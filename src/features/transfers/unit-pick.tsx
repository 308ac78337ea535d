import { useCall } from '@/lib/use-call';
import { PickField, type PickOption } from './pick-sheet';

/** A receiving branch anywhere in the system (it need not be in the admin's own subtree). */
export function UnitPick({
  value,
  onPick,
  error,
}: {
  value: PickOption | null;
  onPick: (option: PickOption) => void;
  error?: string;
}) {
  const units = useCall('auth.bindableUnits', {});
  const options =
    units.state.status === 'ready'
      ? {
          status: 'ready' as const,
          data: units.state.data.units.map((u) => ({ id: u.unitId, name: u.name, meta: u.path })),
        }
      : units.state;
  return (
    <PickField
      label="接收支部"
      title="选择接收支部"
      value={value}
      options={options}
      onPick={onPick}
      error={error}
      testId="transfer-unit"
    />
  );
}
