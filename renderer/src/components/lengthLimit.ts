import type { InputProps } from 'antd';

type CountConfig = NonNullable<InputProps['count']>;

/**
 * A text field's limit as antd's `count`, not `maxLength`: maxLength cuts what is pasted without a word (a pasted
 * name loses its end, a pasted amount its last digits). Past the limit the text stays, the field turns red and
 * shows "150 / 100", and saving is refused with the store's own message. `always` shows the count all the time
 * (long notes); otherwise it appears only once the limit is passed.
 */
export function lengthLimit(max: number, always = false): CountConfig {
  return { max, show: always ? true : ({ count }) => (count > max ? `${count} / ${max}` : null) };
}
