import { createContext, useContext } from 'react';

/** Lets any part of an item (a modal, the attachments) refresh the checklist page after a change. */
export const ChecklistReloadContext = createContext<() => void>(() => undefined);

export const useChecklistReload = () => useContext(ChecklistReloadContext);
