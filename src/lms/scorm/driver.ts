/**
 * One way to talk to either SCORM API. Every call is guarded: an API that throws, answers
 * "false" or sets an error code becomes a `false` return plus one problem report, never an
 * exception in the game.
 */
export type ScormVersion = '1.2' | '2004';

const METHODS = {
  '1.2': {
    initialize: 'LMSInitialize',
    finish: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    lastError: 'LMSGetLastError',
    errorString: 'LMSGetErrorString',
  },
  '2004': {
    initialize: 'Initialize',
    finish: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    lastError: 'GetLastError',
    errorString: 'GetErrorString',
  },
} as const;

type Method = keyof (typeof METHODS)['1.2'];

export interface ScormCallFailure {
  call: string;
  code: string;
  text: string;
}

export interface ScormDriver {
  readonly version: ScormVersion;
  initialize(): boolean;
  /** The value, or "" when the LMS has none or the call failed. */
  get(element: string): string;
  set(element: string, value: string | number): boolean;
  commit(): boolean;
  finish(): boolean;
}

export function createScormDriver(
  api: unknown,
  version: ScormVersion,
  onFailure: (failure: ScormCallFailure) => void,
): ScormDriver {
  const names = METHODS[version];
  const invoke = (method: Method, ...args: string[]): unknown => {
    const fn = (api as Record<string, unknown>)[names[method]];
    if (typeof fn !== 'function') throw new Error(`the LMS API has no ${names[method]}`);
    return (fn as (...a: string[]) => unknown).apply(api, args);
  };
  const errorCode = (): string => {
    try {
      return String(invoke('lastError') ?? '0');
    } catch {
      return '0';
    }
  };
  const errorText = (code: string): string => {
    try {
      return String(invoke('errorString', code) ?? '');
    } catch {
      return '';
    }
  };
  const fail = (call: string, code: string, text: string) => {
    onFailure({ call, code, text });
    return false;
  };
  /** A call that answers "true" (or true) when it worked. */
  const confirm = (method: Method, call: string, ...args: string[]): boolean => {
    try {
      const result = invoke(method, ...args);
      if (String(result) === 'true') return true;
      const code = errorCode();
      return fail(call, code, errorText(code));
    } catch (error) {
      return fail(call, 'exception', error instanceof Error ? error.message : String(error));
    }
  };
  return {
    version,
    initialize: () => confirm('initialize', names.initialize, ''),
    finish: () => confirm('finish', names.finish, ''),
    commit: () => confirm('commit', names.commit, ''),
    set: (element, value) =>
      confirm('setValue', `${names.setValue}(${element})`, element, String(value)),
    get(element) {
      try {
        const value = String(invoke('getValue', element) ?? '');
        const code = errorCode();
        // 403 (1.2: 401/404…) "not initialised"/"no value yet" are normal for optional elements.
        return code === '0' ? value : '';
      } catch {
        return '';
      }
    },
  };
}
