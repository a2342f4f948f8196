import { create } from 'zustand';

/**
 * An application to bring into view once its report is open (the start screen's 即将到期 / 已超期 list):
 * the register shows it with its details and forgets the request.
 */
export const useReveal = create<{ id: string | null }>(() => ({ id: null }));

export const revealApplication = (id: string | null) => useReveal.setState({ id });
