/** The end of a room play: the room's split at every decision, then the room's profile. */
import type { Scenario } from '../../engine/scenario/schema';
import type { SessionLog } from '../../engine/session/types';
import { profileOfLog } from '../../engine/profile/profile-of-log';
import type { LibraryScenario } from '../../services/library-types';
import { renderDebrief } from '../../ui/debrief/index';
import { downloadSessionLog } from '../../services/download';
import { button, el, table } from '../../ui/kit';
import { roomKeepPanel, type RoomKeepOptions } from './room-keep-panel';
import { nodeTitle } from '../reasons';

function splitRows(
  scenario: Scenario,
  log: SessionLog,
  decisions: Array<{ nodeId: string; choiceId?: string }>,
): HTMLElement[] {
  return decisions.map((step, index) => {
    const node = scenario.nodes[step.nodeId];
    const votes = log.roomVotes?.[index] ?? {};
    const choices =
      node?.kind === 'decision' ? node.choices.filter((choice) => choice.id in votes) : [];
    const rows = choices.map((choice) => [
      choice.id === step.choiceId ? `${choice.text} (went on)` : choice.text,
      votes[choice.id] ?? 0,
    ]);
    return table(`Decision ${index + 1}: ${nodeTitle(node)}`, ['Choice', 'Votes'], rows);
  });
}

export function renderRoomEnd(
  host: HTMLElement,
  { scenario, scoring }: LibraryScenario,
  log: SessionLog,
  /** Offers "Back" when given (offline room play; a live room stays on its own screen). */
  onDone?: () => void,
  keep?: RoomKeepOptions,
): void {
  const replayed = profileOfLog(scenario, scoring, log);
  const heading = el('h2', { text: "The room's result", attrs: { tabindex: '-1' } });
  const wrapper = el('section', { className: 'fac-room-end', attrs: { 'data-ended': 'true' } }, [
    heading,
  ]);
  if (!replayed.ok) {
    wrapper.append(el('p', { text: replayed.message }));
    host.replaceChildren(wrapper, ...(onDone ? [button('Back', onDone, 'button')] : []));
    return;
  }
  const decisions = replayed.final.history.filter((step) => step.kind === 'decision');
  const splits = el('section', { className: 'fac-section fac-room-splits' }, [
    el('h3', { text: 'How the room voted' }),
    ...splitRows(scenario, log, decisions),
  ]);
  const debriefHost = el('div', { className: 'fac-room-debrief' });
  const save = button("Download the room's session file", () => downloadSessionLog(log), 'button');
  wrapper.append(
    splits,
    el('div', { className: 'fac-actions' }, [
      save,
      ...(onDone ? [button('Back', onDone, 'button')] : []),
    ]),
  );
  if (keep) wrapper.append(roomKeepPanel(scenario, log, keep));
  wrapper.append(debriefHost);
  host.replaceChildren(wrapper);
  if (replayed.profile)
    renderDebrief(debriefHost, { scenario, scoring, profile: replayed.profile, log, earlier: [] });
  heading.focus();
}
