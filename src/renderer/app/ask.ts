import type { ModalAction } from '../store/ui-slice';
import { useStore } from '../store/store';

let answer: ((id: string) => void) | null = null;

/** Shows a modal and resolves with the chosen action's id ('cancel' when dismissed). */
export function ask(title: string, message: string, actions: ModalAction[]): Promise<string> {
  answer?.('cancel');
  useStore.getState().setModal({ title, message, actions });
  return new Promise((resolve) => {
    answer = (id) => {
      answer = null;
      useStore.getState().setModal(null);
      resolve(id);
    };
  });
}

export function answerModal(id: string): void {
  answer?.(id);
}

export function tell(title: string, message: string): Promise<string> {
  return ask(title, message, [{ id: 'ok', label: '确定', primary: true }]);
}
