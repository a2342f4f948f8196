/** Where a command writes; tests pass buffers, the real CLI passes process streams. */
export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Exit codes shared by every command: 0 fine, 1 the report has errors, 2 the input could not be used. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;
