import { App as AntApp, Flex, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n/errorText';
import { useApiQuery } from '../../investment/useApiQuery';

/** The yellow-light threshold for every clock, saved as soon as it changes. */
export function WarnDaysSetting() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const setting = useApiQuery('workflowSettings.get', {});
  const save = async (warnDays: number | null) => {
    if (warnDays === null) return;
    try {
      await call('workflowSettings.update', { warnDays });
      message.success(t('tpl.warnSaved'));
      setting.reload();
    } catch (error) {
      message.error(errorText(error, t));
    }
  };
  if (!setting.data) return null;
  return (
    <Flex gap={8} align="center">
      <Typography.Text>{t('tpl.warnDaysLabel')}</Typography.Text>
      <InputNumber min={0} max={30} precision={0} defaultValue={setting.data.warnDays} onChange={(v) => void save(v)} style={{ width: 80 }} />
      <Typography.Text type="secondary">{t('tpl.warnDays', { days: setting.data.warnDays })}</Typography.Text>
    </Flex>
  );
}
