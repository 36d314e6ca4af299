/**
 * The one State document a cmi5 registration keeps (vocabulary.ts: RESUME_STATE_ID), because
 * cmi5 has no suspend_data: the resume text, and which defined statements the registration has
 * had (so completed/passed/failed go out once per registration, not once per session).
 * Writes never overlap: a save while one is out marks the document dirty, and the write under
 * way sends the newest content once more when it returns.
 */
import type { ProblemReporter } from '../problems';
import { PROBLEM } from '../problems';
import { RESUME_STATE_ID } from '../vocabulary';
import type Cmi5 from '@xapi/cmi5';
import type { LaunchParameters } from './launch';

/** What the store needs of the cmi5 session (session.ts): the LRS's State API and whose it is. */
export interface StateOwner {
  cmi5: Pick<Cmi5, 'xapi'>;
  params: LaunchParameters;
}

export interface Reported {
  completed: boolean;
  passed: boolean;
  failed: boolean;
}

export interface ProgressDocument {
  resume?: string;
  reported?: Partial<Reported>;
}

export class ProgressStore {
  /** Resume text for this registration ('' when there is none). */
  resumeText = '';
  readonly reported: Reported = { completed: false, passed: false, failed: false };
  /** Changed since the LRS last accepted the document. */
  dirty = false;
  private writing = false;

  constructor(
    private readonly session: StateOwner,
    private readonly problems: ProblemReporter,
  ) {}

  document(): ProgressDocument {
    return { resume: this.resumeText, reported: { ...this.reported } };
  }

  /** What an earlier session kept (empty when nothing is saved yet). */
  async read(): Promise<ProgressDocument> {
    try {
      const response = await this.session.cmi5.xapi?.getState(this.address());
      const data = response?.data as unknown;
      return data && typeof data === 'object' ? (data as ProgressDocument) : {};
    } catch {
      return {}; // 404: nothing saved yet
    }
  }

  /** Takes over what an earlier session kept; returns its resume text. */
  adopt(document: ProgressDocument): string {
    Object.assign(this.reported, document.reported ?? {});
    this.resumeText = typeof document.resume === 'string' ? document.resume : '';
    return this.resumeText;
  }

  /** New resume text, written with the next save (or by the last send on exit). */
  keep(resumeText: string): void {
    this.resumeText = resumeText;
    this.dirty = true;
  }

  /** Writes the document now, or after the write under way. */
  save(): void {
    this.dirty = true;
    void this.write();
  }

  private async write(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.dirty) {
        this.dirty = false;
        await this.session.cmi5.xapi?.setState({
          ...this.address(),
          state: this.document() as never,
        });
      }
    } catch {
      this.dirty = true; // written again with the next save or on exit
      this.problems.report('lrsUnreachable', PROBLEM.lrsUnreachable);
    } finally {
      this.writing = false;
    }
  }

  private address() {
    const { actor, activityId, registration } = this.session.params;
    return { agent: actor, activityId, registration, stateId: RESUME_STATE_ID };
  }
}
