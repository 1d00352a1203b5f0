import { CheckCircleFilled, WarningFilled } from '@ant-design/icons';
import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { analyseCreditCode } from '../../../../db/reference/creditCode';
import type { EnterpriseFormValues } from './enterpriseFormValues';
import { lengthLimit } from '../../components/lengthLimit';

/**
 * 统一社会信用代码 with live feedback while typing: the count of characters, then either "check passed" or the
 * GB 32100 warning with the character the standard expects — and a reason box to keep the code anyway.
 */
export function CreditCodeField() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<EnterpriseFormValues>();
  const code: string = Form.useWatch('creditCode', form) ?? '';
  const analysis = analyseCreditCode(code);
  const mismatch = analysis.wellFormed && !analysis.checkDigitOk;

  let feedback = null;
  if (mismatch) {
    feedback = (
      <Typography.Text type="warning" data-testid="credit-code-warning">
        <WarningFilled /> {t('errors.enterprise.creditCode.checkDigit', { expected: analysis.expectedCheck ?? '' })}
      </Typography.Text>
    );
  } else if (analysis.wellFormed) {
    feedback = (
      <Typography.Text type="success" data-testid="credit-code-ok">
        <CheckCircleFilled /> {t('enterpriseForm.creditCodeOk')}
      </Typography.Text>
    );
  } else if (analysis.normalized.length > 0) {
    feedback = <Typography.Text type="secondary">{t('enterpriseForm.creditCodeCount', { count: analysis.normalized.length })}</Typography.Text>;
  }

  return (
    <>
      <Form.Item name="creditCode" label={t('enterpriseForm.creditCode')} extra={feedback} validateStatus={mismatch ? 'warning' : undefined}>
        <Input count={lengthLimit(24)} className="num" style={{ textTransform: 'uppercase' }} />
      </Form.Item>
      {mismatch && (
        <Form.Item name="creditCodeOverride" label={t('enterpriseForm.creditCodeOverride')} required>
          <Input count={lengthLimit(200)} placeholder={t('enterpriseForm.creditCodeOverridePlaceholder')} data-testid="credit-code-override" />
        </Form.Item>
      )}
    </>
  );
}
