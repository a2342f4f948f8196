import { runCli } from './cli/run';

// `nianbao show x | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const io = {
  out: (text: string) => void process.stdout.write(text),
  err: (text: string) => void process.stderr.write(text),
};

// A failure no command foresaw is still told in Chinese, never as a stack trace.
const unexpected = (error: unknown) => {
  process.stderr.write(`年报编辑器命令行出现意外错误：${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
};
process.on('uncaughtException', unexpected);
process.on('unhandledRejection', unexpected);

process.exitCode = await runCli(process.argv.slice(2), io).catch((error: unknown) => {
  unexpected(error);
  return 2;
});
