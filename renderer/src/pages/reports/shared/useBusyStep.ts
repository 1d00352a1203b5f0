import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../i18n/errorText';

/**
 * One step at a time with its button's spinner (`busy` names the running step); a failure is told in the user's
 * language and the step resolves to null instead of throwing.
 */
export function useBusyStep<Name extends string>() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<Name | null>(null);
  const step = useCallback(
    async <T,>(name: Name, work: () => Promise<T>): Promise<T | null> => {
      setBusy(name);
      try {
        return await work();
      } catch (error) {
        message.error(errorText(error, t));
        return null;
      } finally {
        setBusy(null);
      }
    },
    [message, t],
  );
  return { busy, step };
}
