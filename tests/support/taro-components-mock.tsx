import type { PropsWithChildren } from 'react';

/**
 * Taro's components as plain DOM elements, for testing the app's own React components in jsdom.
 * Only what the tested components use: View, Text, Button and Switch.
 */
type Props = PropsWithChildren<{ className?: string; onClick?: () => void; 'data-testid'?: string }>;

/** The kit passes accessibility as Taro's camelCase props; the DOM spells them as attributes. */
type AccessibleProps = Props & { ariaRole?: string; ariaLabel?: string; ariaChecked?: boolean; ariaDisabled?: boolean };

export const View = ({
  children,
  className,
  onClick,
  ariaRole,
  ariaLabel,
  ariaChecked,
  ariaDisabled,
  ...rest
}: AccessibleProps) => (
  <div
    className={className}
    onClick={onClick}
    role={ariaRole}
    aria-label={ariaLabel}
    aria-checked={ariaChecked}
    aria-disabled={ariaDisabled}
    {...rest}
  >
    {children}
  </div>
);

export const Text = ({ children, className }: Props) => <span className={className}>{children}</span>;

export const Button = ({ children, className, onClick }: Props) => (
  <button type="button" className={className} onClick={onClick}>
    {children}
  </button>
);

export const Switch = ({
  checked,
  className,
  onChange,
}: {
  checked?: boolean;
  className?: string;
  onChange?: (event: { detail: { value: boolean } }) => void;
}) => (
  <input
    type="checkbox"
    role="switch"
    className={className}
    checked={checked ?? false}
    onChange={(event) => onChange?.({ detail: { value: event.target.checked } })}
  />
);
