import { useEffect, useState } from 'react';

export interface FocusedField {
  id: string;
  name: string;
}

/**
 * The text field of the document the clerk is typing in, or null once a table cell has the focus, so the
 * message strip follows the focus instead of keeping the last cell's finding. Focus leaving the document
 * (a toolbar button) changes nothing: the clerk is still on that field.
 */
export function useFocusedField(): FocusedField | null {
  const [field, setField] = useState<FocusedField | null>(null);
  useEffect(() => {
    const follow = (e: FocusEvent) => {
      const t = e.target;
      if (!(t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement))
        return;
      if (!t.closest('.document')) return;
      if (t.classList.contains('cell-editor')) return setField(null);
      const name = t.getAttribute('aria-label') ?? t.labels?.[0]?.firstChild?.textContent?.trim() ?? '';
      setField({ id: t.id, name });
    };
    document.addEventListener('focusin', follow);
    return () => document.removeEventListener('focusin', follow);
  }, []);
  return field;
}
