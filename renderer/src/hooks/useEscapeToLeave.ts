import { useEffect } from 'react';

/** Where Esc already means something else: closing a dialog, a drawer or a dropdown, or leaving a text box. */
const OWN_ESCAPE = '.ant-modal, .ant-drawer, .ant-select-dropdown, .ant-picker-dropdown, .ant-popover, input, textarea';

/** Esc calls `leave` while `active` (projector mode: presenters expect Esc to leave full screen). */
export function useEscapeToLeave(active: boolean, leave: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest(OWN_ESCAPE)) return;
      leave();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, leave]);
}
