import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { RouteInput, RouteName, RouteOutput } from '@contract/contract';
import type { ApiError } from '@contract/errors';
import { call } from './api-client';
import { guardLeaving } from './platform/leave-guard';

type Errors = Record<string, string>;

export interface RouteFormOptions<R extends RouteName, V> {
  /** The form's first values; `reset` replaces them (e.g. once a record to edit has loaded). */
  initial: V;
  /** The route's input from the values; defaults to the values themselves. */
  toInput?: (values: V) => RouteInput<R>;
  /** A check before the call, for what the contract cannot say (e.g. end after start); field → message. */
  validate?: (values: V) => Errors;
  /** Shown as a toast when the route answers; leave it out when the screen says so itself. */
  successToast?: string;
  onDone?: (data: RouteOutput<R>, values: V) => void;
  /** Ask before leaving with unsaved changes (default on). */
  guard?: boolean;
}

/**
 * One form layer for every form: values bound to fields, the server's per-field errors shown on the fields
 * (the contract's dotted paths), a message for the whole form otherwise, a busy state so a second tap
 * does nothing, a success toast, and a question before leaving with unsaved changes.
 */
export function useRouteForm<R extends RouteName, V extends Record<string, unknown>>(
  route: R,
  options: RouteFormOptions<R, V>,
) {
  const [values, setValues] = useState<V>(options.initial);
  const [saved, setSaved] = useState<V>(options.initial);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // Two taps in one frame see the same `busy`; the ref stops the second before it calls.
  const busyRef = useRef(false);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const dirty = JSON.stringify(values) !== JSON.stringify(saved);
  useEffect(() => guardLeaving(dirty && optionsRef.current.guard !== false), [dirty]);

  const set = useCallback(<K extends keyof V>(name: K, value: V[K]) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setErrors((previous) => {
      if (!((name as string) in previous)) return previous;
      const { [name as string]: _cleared, ...rest } = previous;
      return rest;
    });
  }, []);

  const reset = useCallback((next: V) => {
    setValues(next);
    setSaved(next);
    setErrors({});
    setFormError(null);
  }, []);

  const submit = useCallback(
    async (override?: Partial<V>) => {
      if (busyRef.current) return null;
      const current = { ...values, ...override };
      const { toInput, validate, successToast, onDone } = optionsRef.current;
      const local = validate?.(current) ?? {};
      if (Object.keys(local).length > 0) {
        setErrors(local);
        return null;
      }
      busyRef.current = true;
      setBusy(true);
      setFormError(null);
      const result = await call(route, (toInput ? toInput(current) : current) as RouteInput<R>);
      busyRef.current = false;
      setBusy(false);
      if (!result.ok) {
        setErrors(result.error.fields ?? {});
        setFormError(result.error);
        return null;
      }
      setErrors({});
      setSaved(current);
      if (successToast) void Taro.showToast({ title: successToast, icon: 'success' });
      onDone?.(result.data, current);
      return result.data;
    },
    [route, values],
  );

  /** Binding for a field component: its value, setter and error. */
  const field = <K extends keyof V & string>(name: K) => ({
    value: values[name],
    onChange: (value: V[K]) => set(name, value),
    error: errors[name],
  });

  /** The refusal's message when it names no field (a field's own message shows on the field instead). */
  const formMessage = formError && !formError.fields ? formError.message : null;

  return { values, set, field, errors, formError, formMessage, busy, dirty, submit, reset };
}
