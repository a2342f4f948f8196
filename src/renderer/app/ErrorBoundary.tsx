import { Component } from 'react';
import type { ReactNode } from 'react';
import { reportError } from './error-report';

/**
 * A render error would otherwise leave a blank window: the clerk is told in Chinese where the work is
 * (main keeps the last state handed over and writes the recovery copy) and can reload the view.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    reportError('render', error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="render-failed" role="alert">
        <h1>界面出现了意外错误</h1>
        <p>
          您已填写的内容已写入恢复副本。请先点“重新载入界面”；如果报告没有回来，关闭并重新启动年报编辑器，在首页选择“恢复”。
        </p>
        <p>错误已记录在日志文件中（不含报告内容）。</p>
        <button type="button" onClick={() => window.location.reload()}>
          重新载入界面
        </button>
      </main>
    );
  }
}
