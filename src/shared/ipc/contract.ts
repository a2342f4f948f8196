/**
 * THE contract between main and renderer: one map from channel to argument and result types. main
 * registers handlers for exactly these channels; the preload exposes one named function per channel.
 * A rename here fails the typecheck in all three processes.
 */

export interface AppInfo {
  name: string;
  version: string;
}

export type Failure = { ok: false; error: { code: string; message: string } };
export type Result<T> = { ok: true; value: T } | Failure;

export interface Channels {
  'app:info': { args: []; result: AppInfo };
}

export type Channel = keyof Channels;
export type ChannelArgs<C extends Channel> = Channels[C]['args'];
export type ChannelResult<C extends Channel> = Result<Channels[C]['result']>;
