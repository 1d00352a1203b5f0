import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { goTo } from '../../app/routes';

/** Fired by the settings page when the operator saved a name, so the reminder goes away at once. */
export const OPERATOR_CHANGED_EVENT = 'parkdesk:operator-changed';

/**
 * Warnings about the store shown above every page: a store on a network drive (WAL needs a local disk), and
 * an audit trail still recording the computer account because no operator name was chosen.
 */
export function StoreBanners({ onNetworkDrive, operatorMissing }: { onNetworkDrive: boolean; operatorMissing: boolean }) {
  const { t } = useTranslation();
  const [named, setNamed] = useState(false);
  useEffect(() => {
    const onNamed = () => setNamed(true);
    window.addEventListener(OPERATOR_CHANGED_EVENT, onNamed);
    return () => window.removeEventListener(OPERATOR_CHANGED_EVENT, onNamed);
  }, []);
  return (
    <>
      {onNetworkDrive && <Alert banner type="error" title={t('ds.networkDrive')} data-testid="network-drive-banner" />}
      {operatorMissing && !named && (
        <Alert
          banner
          type="info"
          title={t('ds.operatorMissing')}
          action={
            <Button size="small" onClick={() => goTo('dataSafety', null, { tab: 'settings' })} data-testid="operator-missing-action">
              {t('ds.operatorMissingAction')}
            </Button>
          }
        />
      )}
    </>
  );
}
